using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Testing;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// Issue 9.5: generator time per MB for a Daily Papers archive as 400 JSON files of 50 papers, one class,
    /// against one text dump of the same 20,000 papers (the baseline). Setup prints each input's size in
    /// MB; divide the mean by it for time per MB. A first run parses, merges and emits everything; the edit
    /// run replaces one day's file, which re-parses that file only (the merge and emission run again).
    /// </summary>
    [Config(typeof(ShortJobConfig))]
    public class ArchiveBenchmarks
    {
        private const int PerFile = 50;

        private CSharpCompilation _compilation = null!;
        private GeneratorDriver _text = null!;
        private GeneratorDriver _json = null!;
        private GeneratorDriver _jsonRan = null!;
        private AdditionalText _day = null!;
        private AdditionalText _editedDay = null!;

        [Params(20_000)]
        public int Papers { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var papers = SyntheticDump.Papers(Papers);
            var text = SyntheticDump.Text(papers);
            var files = SyntheticJsonArchive.Files(papers, PerFile);
            Console.WriteLine($"// text dump: {Encoding.UTF8.GetByteCount(text) / 1e6:0.000} MB in 1 file");
            Console.WriteLine($"// JSON archive: {files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text)) / 1e6:0.000} MB in {files.Count} files");
            _compilation = Compilations.Create();
            _text = Compilations.Driver(text);
            var texts = files.Select(f => Compilations.Dump(f.FileName, f.Text)).ToArray();
            _json = Compilations.Driver(texts);
            _jsonRan = _json.RunGenerators(_compilation);
            if (_jsonRan.GetRunResult().Results.Single().GeneratedSources.Length == 0)
            {
                throw new InvalidOperationException("the archive generated nothing");
            }

            var middle = files.Count / 2;
            _day = texts[middle];
            _editedDay = Compilations.Dump(files[middle].FileName, files[middle].Text.Replace("\"upvotes\": ", "\"upvotes\": 1"));
        }

        [Benchmark(Baseline = true)]
        public GeneratorDriver Text_dump_first_run() => _text.RunGenerators(_compilation);

        [Benchmark]
        public GeneratorDriver Json_archive_first_run() => _json.RunGenerators(_compilation);

        [Benchmark]
        public GeneratorDriver Json_archive_after_editing_one_day() => _jsonRan.ReplaceAdditionalText(_day, _editedDay).RunGenerators(_compilation);
    }
}
