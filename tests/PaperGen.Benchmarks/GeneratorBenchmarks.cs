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
    /// The generator through <see cref="CSharpGeneratorDriver"/>: a first run (parse, model, emit every
    /// file), and a re-run after an edit to an unrelated .cs file, which must be all cache hits.
    /// </summary>
    [Config(typeof(ShortJobConfig))]
    public class GeneratorBenchmarks
    {
        private CSharpCompilation _compilation = null!;
        private CSharpCompilation _edited = null!;
        private GeneratorDriver _driver = null!;
        private GeneratorDriver _ran = null!;

        /// <summary>54 is the shipped dump; the rest are synthetic.</summary>
        [Params(54, 1000, 20_000, 100_000)]
        public int Papers { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var text = Papers == 54 ? Compilations.ShippedDump : SyntheticDump.Create(Papers);
            Console.WriteLine($"// dump: {Papers} papers, {Encoding.UTF8.GetByteCount(text) / 1e6:0.000} MB UTF-8");
            _compilation = Compilations.Create();
            _driver = Compilations.Driver(text);
            _ran = _driver.RunGenerators(_compilation);
            var tree = _compilation.SyntaxTrees.Single();
            _edited = _compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(tree.GetText().Length - 1, 0, " // edited ")));
            var generated = _ran.GetRunResult().GeneratedTrees;
            Console.WriteLine($"// generated: {generated.Length} files, {generated.Sum(t => (long)t.Length) / 1e6:0.0} M chars");
        }

        [Benchmark]
        public GeneratorDriver First_run() => _driver.RunGenerators(_compilation);

        [Benchmark]
        public GeneratorDriver Rerun_after_unrelated_edit() => _ran.RunGenerators(_edited);
    }
}
