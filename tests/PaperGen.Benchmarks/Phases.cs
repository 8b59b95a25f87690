using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PaperGen.Testing;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// <c>phases [papers] [rounds]</c>: where an in-memory compilation of a dump spends its time (generator,
    /// parse, bind with diagnostics, emit) and how much it allocates, per data carrier (constants and
    /// <c>"…"u8</c> literals, alternating), to tell the generator's share of a build from the compiler's and
    /// one carrier's from the other's. Allocations do not depend on the machine's load; times do.
    /// </summary>
    internal static class Phases
    {
        public static int Run(string[] args)
        {
            var papers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
            var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
            var text = SyntheticDump.Create(papers);
            Console.WriteLine($"{papers:N0} papers, {Encoding.UTF8.GetByteCount(text) / 1e6:0.0} MB");
            for (var round = 0; round < rounds; round++)
            {
                foreach (var carrier in new[] { "Constants", "Utf8Literals" })
                {
                    GC.Collect();
                    var allocated = GC.GetTotalAllocatedBytes(precise: true);
                    var stopwatch = Stopwatch.StartNew();
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    Compilations.Driver(new[] { Compilations.Dump("archive.txt", text) }, carrier: carrier).RunGeneratorsAndUpdateCompilation(Compilations.Create(), out var output, out _);
                    var generated = stopwatch.Elapsed.TotalSeconds;
                    var generatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                    var source = output.SyntaxTrees.Skip(1).Sum(t => (long)t.Length);
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
                    var compilerBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated - generatedBytes;
                    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                    Console.WriteLine($"{carrier,-12}: generate {generated:0.00} s ({generatedBytes / 1e6:0} MB allocated), parse {parsed - generated:0.00} s, bind {bound - parsed:0.00} s, "
                        + $"emit {emitted - bound:0.00} s (compiler {compilerBytes / 1e6:0} MB allocated), cpu {cpuSeconds:0.00} s, "
                        + $"{(result.Success ? "ok" : "FAILED")}, source {source / 1e6:0.0} M chars, assembly {image.Length / 1e6:0.0} MB");
                }
            }

            return 0;
        }
    }
}
