using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;

namespace PaperGen.Benchmarks
{
    /// <summary>
    /// The peak resident memory (VmHWM) of the C# compiler processes started under one build, read from
    /// /proc while the build runs. VmHWM is the kernel's own high-water mark, so a poll every few
    /// milliseconds loses nothing but a compiler that lives shorter than the poll interval. Only
    /// descendants of the watched build count: other builds on the machine are left out.
    /// </summary>
    internal static class CompilerMemory
    {
        public static long PeakBytes(Process build) => Watch(build).PeakBytes;

        /// <summary>
        /// The compiler's peak memory, and its CPU time (user + system, as last sampled before it exited, to
        /// within a few milliseconds): CPU time depends far less on what else the machine runs than wall time.
        /// </summary>
        public static (long PeakBytes, double CpuSeconds) Watch(Process build)
        {
            long peak = 0;
            var cpuTicks = new System.Collections.Generic.Dictionary<int, long>();
            while (!build.HasExited)
            {
                foreach (var directory in System.IO.Directory.EnumerateDirectories("/proc"))
                {
                    if (!int.TryParse(Path.GetFileName(directory), out var pid) || !IsCompiler(pid) || !DescendsFrom(pid, build.Id))
                    {
                        continue;
                    }

                    peak = Math.Max(peak, HighWaterMark(pid));
                    var ticks = CpuTicks(pid);
                    if (ticks > 0)
                    {
                        cpuTicks[pid] = ticks;
                    }
                }

                Thread.Sleep(5);
            }

            // Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every platform .NET runs on.
            return (peak, cpuTicks.Values.Sum() / 100.0);
        }

        /// <summary>
        /// The CPU time the shared compiler server (VBCSCompiler) has used so far, summed over its processes: it is
        /// no descendant of the build it compiles for, so a build's share is the difference across the build.
        /// </summary>
        public static double CompilerServerCpuSeconds()
        {
            long ticks = 0;
            foreach (var directory in System.IO.Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(directory), out var pid) && IsCompilerServer(pid))
                {
                    ticks += CpuTicks(pid);
                }
            }

            return ticks / 100.0;
        }

        private static bool IsCompilerServer(int pid)
        {
            try
            {
                return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0').Take(3).Any(a => Path.GetFileName(a) is "VBCSCompiler" or "VBCSCompiler.dll");
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }

        private static long CpuTicks(int pid)
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
                return long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                return 0;
            }
        }

        private static bool IsCompiler(int pid)
        {
            try
            {
                // The SDK starts the compiler as its apphost (…/Roslyn/bincore/csc) or as "dotnet exec …/csc.dll".
                var arguments = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0');
                return arguments.Take(3).Any(a => Path.GetFileName(a) is "csc" or "csc.dll" or "VBCSCompiler" or "VBCSCompiler.dll");
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }

        private static bool DescendsFrom(int pid, int ancestor)
        {
            for (var depth = 0; depth < 8 && pid > 1; depth++)
            {
                pid = ParentOf(pid);
                if (pid == ancestor)
                {
                    return true;
                }
            }

            return false;
        }

        private static int ParentOf(int pid)
        {
            try
            {
                // /proc/pid/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
                return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                return 0;
            }
        }

        private static long HighWaterMark(int pid)
        {
            try
            {
                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
            catch (IOException)
            {
                return 0;
            }
        }
    }
}
