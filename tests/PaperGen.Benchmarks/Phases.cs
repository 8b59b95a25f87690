using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using PaperGen.Testing;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// <c>phases [papers]</c>: where an in-memory compilation of a dump spends its time (generator, parse,
    /// bind with diagnostics, emit), to tell the generator's share of a build from the compiler's.
    /// </summary>
    internal static class Phases
    {
        public static int Run(string[] args)
        {
            var papers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
            var text = SyntheticDump.Create(papers);
            Console.WriteLine($"{papers:N0} papers, {Encoding.UTF8.GetByteCount(text) / 1e6:0.0} MB");
            for (var round = 0; round < 2; round++)
            {
                var stopwatch = Stopwatch.StartNew();
                Compilations.Driver(text).RunGeneratorsAndUpdateCompilation(Compilations.Create(), out var output, out _);
                var generated = stopwatch.Elapsed.TotalSeconds;
                foreach (var tree in output.SyntaxTrees)
                {
                    tree.GetRoot();
                }

                var parsed = stopwatch.Elapsed.TotalSeconds;
                output.GetDiagnostics();
                var bound = stopwatch.Elapsed.TotalSeconds;
                using var image = new MemoryStream();
                var result = output.Emit(image);
                var emitted = stopwatch.Elapsed.TotalSeconds;
                Console.WriteLine($"generate {generated:0.00} s, parse {parsed - generated:0.00} s, bind {bound - parsed:0.00} s, emit {emitted - bound:0.00} s, "
                    + $"{(result.Success ? "ok" : "FAILED")}, assembly {image.Length / 1e6:0.0} MB");
            }

            return 0;
        }
    }
}
