using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;

namespace PaperGen.Tests.Properties
{
    /// <summary>
    /// Runs a property over cases drawn by a CsCheck generator from fixed seeds, so CI checks the same
    /// cases every run. A failing case is then handed to CsCheck's <c>Sample</c> from its seed, which
    /// shrinks it to a small failing dump before the test fails.
    /// </summary>
    /// <remarks>
    /// PAPERGEN_PROPERTY_SCALE multiplies the number of cases (e.g. 50 to run about 50 times as many
    /// locally); PAPERGEN_PROPERTY_SEED draws a different fixed set (any unsigned 64-bit number).
    /// </remarks>
    internal static class PropertyRunner
    {
        private const ulong DefaultSeed = 0x5EED_2026_1125UL;

        public static int Scaled(int ciCases)
        {
            var scale = Environment.GetEnvironmentVariable("PAPERGEN_PROPERTY_SCALE");
            return double.TryParse(scale, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0
                ? Math.Max(1, (int)(ciCases * factor))
                : ciCases;
        }

        private static ulong Seed
            => ulong.TryParse(Environment.GetEnvironmentVariable("PAPERGEN_PROPERTY_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
                ? seed
                : DefaultSeed;

        /// <summary>Checks <paramref name="check"/> on <paramref name="cases"/> drawn cases; the case number is passed so a property can sample expensive checks.</summary>
        public static void ForAll<T>(Gen<T> gen, int cases, Action<T, int> check)
        {
            var failed = 0;
            string? failingSeed = null;
            Exception? original = null;
            var baseSeed = Seed;
            Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, state) =>
            {
                var pcg = new PCG((uint)i, baseSeed);
                var seed = pcg.ToString();
                var value = gen.Generate(pcg, null, out _);
                try
                {
                    check(value, i);
                }
                catch (Exception ex)
                {
                    if (Interlocked.Exchange(ref failed, 1) == 0)
                    {
                        failingSeed = seed;
                        original = ex;
                    }

                    state.Stop();
                }
            });

            if (failingSeed is not null)
            {
                // Reproduce from the seed and let CsCheck shrink; its exception names the smallest failing case.
                // Either way the first failure's own exception (assertion message, stack) travels along.
                try
                {
                    gen.Sample(value => check(value, 0), seed: failingSeed, iter: 500, threads: 1);
                }
                catch (Exception shrunk)
                {
                    throw new PropertyFailedException(
                        "Case with seed " + failingSeed + " failed: " + original!.Message + "\nCsCheck shrank it to: " + shrunk.Message,
                        new AggregateException(original, shrunk));
                }

                throw new PropertyFailedException(
                    "Case with seed " + failingSeed + " failed, but not when CsCheck re-ran it: the property is not deterministic. It failed with: " + original!.Message,
                    original);
            }
        }
    }
}
