using System;
using CsCheck;
using PaperGen.Search;
using PaperGen.Tests.Properties;
using Xunit;

namespace PaperGen.Tests.Search
{
    /// <summary>
    /// The search's own sort of result keys orders them as the framework's does: any length (around the insertion-sort
    /// cut-off and far past it), keys already sorted, reversed, and with long runs of close values; keys past the count
    /// are left where they were.
    /// </summary>
    public class KeySortTests
    {
        [Fact]
        public void Sorts_random_keys_of_any_length_as_the_framework_does() => SortsAsTheFrameworkDoes(Gen.Long.Array[0, 600]);

        [Fact]
        public void Sorts_keys_with_many_equal_values_as_the_framework_does() => SortsAsTheFrameworkDoes(Gen.Long[-3, 3].Array[0, 600]);

        private static void SortsAsTheFrameworkDoes(Gen<long[]> keys)
        {
            PropertyRunner.ForAll(Gen.Select(keys, Gen.Int[0, 600]), PropertyRunner.Scaled(400), (input, _) =>
            {
                var (array, cut) = input;
                var count = Math.Min(cut, array.Length);
                var expected = (long[])array.Clone();
                Array.Sort(expected, 0, count);

                KeySort.Sort(array, count);

                Assert.Equal(expected, array);
            });
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(15)]
        [InlineData(16)]
        [InlineData(17)]
        [InlineData(20_000)]
        public void Sorts_ascending_descending_and_sawtooth_keys(int count)
        {
            foreach (var make in new Func<int, long>[] { i => i, i => count - i, i => ((long)(i % 7) << 32) | (long)(uint)i })
            {
                var keys = new long[count];
                for (var i = 0; i < count; i++)
                {
                    keys[i] = make(i);
                }

                var expected = (long[])keys.Clone();
                Array.Sort(expected);

                KeySort.Sort(keys, count);

                Assert.Equal(expected, keys);
            }
        }
    }
}
