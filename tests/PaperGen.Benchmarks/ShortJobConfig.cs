using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace PaperGen.Benchmarks
{
    /// <summary>Few iterations, one launch: the whole suite must finish in minutes on a 2-core machine.</summary>
    public sealed class ShortJobConfig : ManualConfig
    {
        public ShortJobConfig()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithId("short"));
            AddDiagnoser(MemoryDiagnoser.Default);

            // We report medians (robust to the odd slow iteration on a shared 2-core machine) beside the
            // mean-based Ratio column.
            AddColumn(StatisticColumn.Median);
            WithOptions(ConfigOptions.JoinSummary);
        }
    }
}
