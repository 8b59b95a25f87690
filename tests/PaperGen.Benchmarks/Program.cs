using System;
using BenchmarkDotNet.Running;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// BenchmarkDotNet suites (<c>--filter</c>), plus the measurements that need whole processes:
    /// <c>build</c> (consumer build time and compiler memory), <c>floor</c> (what the generated members' shape alone costs a
    /// build, with and without the SDK's analyzers), <c>shape</c> (what each part of the generated source
    /// costs the compiler), <c>carriers</c>, <c>stages</c> (each generator step), <c>startup</c> (time to first lookup),
    /// <c>search-startup</c> (time to first search) and <c>verify</c> (build a consumer with N papers and read every
    /// one back). See run.sh.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "build")
            {
                return ConsumerBuild.Run(args);
            }

            if (args.Length > 0 && args[0] == "floor")
            {
                return CompileFloor.Run(args);
            }

            if (args.Length > 0 && args[0] == "startup")
            {
                return StartupTime.Run(args);
            }

            if (args.Length > 0 && args[0] == "search-startup")
            {
                return SearchStartup.Run(args);
            }

            if (args.Length > 0 && args[0] == "carriers")
            {
                return CarrierCompile.Run(args);
            }

            if (args.Length > 0 && args[0] == "phases")
            {
                return Phases.Run(args);
            }

            if (args.Length > 0 && args[0] == "stages")
            {
                return Stages.Run(args);
            }

            if (args.Length > 0 && args[0] == "shape")
            {
                return SourceShape.Run(args);
            }

            if (args.Length > 0 && args[0] == "verify")
            {
                return LargeConsumer.Run(args);
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
