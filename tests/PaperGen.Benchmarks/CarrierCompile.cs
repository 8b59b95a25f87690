using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PaperGen.Generator.Emit;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// <c>carriers [MB] [rounds]</c>: the data carrier alone (issue 12). The same bytes (packed ASCII, as
    /// compressed chunks are) in 64 KB parts, compiled in memory as <c>"…"u8</c> properties behind a switch,
    /// as <c>const string</c> fields two bytes to a character (PaperGen's carrier), as <c>const string</c>
    /// fields one byte to a character, and as string arguments of attributes. Per carrier: CPU time and
    /// bytes allocated by parse, bind and emit, alternating, medians; allocations do not depend on the load.
    /// </summary>
    internal static class CarrierCompile
    {
        private const int PartBytes = 64 * 1024;

        public static int Run(string[] args)
        {
            var megabytes = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 8;
            var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
            var random = new Random(12);
            var parts = new List<string>();
            for (var total = 0L; total < megabytes * 1e6; total += PartBytes)
            {
                var chars = new char[PartBytes];
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = (char)('0' + random.Next(64));
                }

                parts.Add(new string(chars));
            }

            var sources = new Dictionary<string, string>
            {
                ["u8 properties"] = Utf8(parts),
                ["const, 2 bytes/char"] = Constants(parts, ConstantPartLiteral.For),
                ["const, 1 byte/char"] = Constants(parts, p => "\"" + p.Replace("\\", "\\\\") + "\""),
                ["attribute arguments"] = Attributes(parts),
            };
            var results = sources.Keys.ToDictionary(k => k, _ => new List<(double Cpu, double Mb, double Wall)>());
            for (var round = 0; round < rounds; round++)
            {
                foreach (var (name, source) in sources)
                {
                    results[name].Add(Compile(source));
                    var last = results[name][^1];
                    Console.WriteLine($"round {round + 1} {name,-20}: cpu {last.Cpu:0.00} s, wall {last.Wall:0.00} s, allocated {last.Mb:0} MB");
                }
            }

            Console.WriteLine();
            Console.WriteLine($"| carrier ({megabytes:0} MB in {parts.Count} parts, median of {rounds}) | compiler CPU | per MB | allocated | per MB | source |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (name, list) in results)
            {
                var cpu = ConsumerBuild.Median(list.Select(r => r.Cpu));
                var mb = ConsumerBuild.Median(list.Select(r => r.Mb));
                Console.WriteLine($"| {name} | {cpu:0.00} s | {cpu / megabytes:0.000} s | {mb:0} MB | {mb / megabytes:0.0} MB | {sources[name].Length / 1e6:0.0} M chars |");
            }

            return 0;
        }

        private static (double Cpu, double Mb, double Wall) Compile(string source)
        {
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var options = new CSharpParseOptions(LanguageVersion.Latest);
            var compilation = Compilations.Create().AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, options, path: "/bench/Data.g.cs"));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
            }

            return ((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6, wall.Elapsed.TotalSeconds);
        }

        private static string Utf8(List<string> parts)
        {
            var s = new StringBuilder("namespace Bench { internal static class Data {\n");
            s.Append("internal static global::System.ReadOnlySpan<byte> Part(int part) { switch (part) {\n");
            for (var i = 0; i < parts.Count; i++)
            {
                s.Append("case ").Append(i).Append(": return P").Append(i).Append(";\n");
            }

            s.Append("default: return default; } }\n");
            for (var i = 0; i < parts.Count; i++)
            {
                s.Append("private static global::System.ReadOnlySpan<byte> P").Append(i).Append(" => \"").Append(parts[i].Replace("\\", "\\\\")).Append("\"u8;\n");
            }

            return s.Append("} }\n").ToString();
        }

        private static string Constants(List<string> parts, Func<string, string> literal)
        {
            var s = new StringBuilder("namespace Bench { internal static class Data {\n");
            for (var i = 0; i < parts.Count; i++)
            {
                s.Append("private const string Part").Append(i).Append(" = ").Append(literal(parts[i])).Append(";\n");
            }

            return s.Append("} }\n").ToString();
        }

        private static string Attributes(List<string> parts)
        {
            var s = new StringBuilder("namespace Bench {\n[global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = true)]\n");
            s.Append("internal sealed class PartAttribute : global::System.Attribute { public PartAttribute(int number, string data) { } }\n");
            for (var i = 0; i < parts.Count; i++)
            {
                s.Append("[Part(").Append(i).Append(", \"").Append(parts[i].Replace("\\", "\\\\")).Append("\")]\n");
            }

            return s.Append("internal static class Data { } }\n").ToString();
        }
    }
}
