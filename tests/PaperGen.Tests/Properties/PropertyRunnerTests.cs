using System;
using System.Collections.Concurrent;
using System.Linq;
using CsCheck;
using Xunit;

namespace PaperGen.Tests.Properties
{
    /// <summary>A failing property must surface the exception the property itself threw, not only CsCheck's replay.</summary>
    public class PropertyRunnerTests
    {
        [Fact]
        public void A_failure_that_CsCheck_shrinks_keeps_the_original_exception()
        {
            var thrown = new ConcurrentBag<Exception>();

            var failure = Assert.Throws<PropertyFailedException>(() => PropertyRunner.ForAll(Gen.Int[0, 1000], 20, (value, _) =>
            {
                var error = new ArithmeticException("value " + value + " is not allowed");
                thrown.Add(error);
                throw error;
            }));

            var both = Assert.IsType<AggregateException>(failure.InnerException);
            Assert.Contains(both.InnerExceptions[0], thrown);
            Assert.Contains("is not allowed", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_failure_that_does_not_reproduce_keeps_the_original_exception()
        {
            var thrown = new ConcurrentBag<Exception>();

            // Replays pass case number 0, so a property that fails only on later case numbers does not reproduce.
            var failure = Assert.Throws<PropertyFailedException>(() => PropertyRunner.ForAll(Gen.Int[0, 1000], 20, (value, caseNumber) =>
            {
                if (caseNumber != 0)
                {
                    var error = new ArithmeticException("case " + caseNumber + " failed");
                    thrown.Add(error);
                    throw error;
                }
            }));

            Assert.Contains(failure.InnerException, thrown);
            Assert.Contains("not deterministic", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_property_that_holds_passes()
        {
            var calls = 0;

            PropertyRunner.ForAll(Gen.Int[0, 1000], 20, (value, _) => System.Threading.Interlocked.Increment(ref calls));

            Assert.Equal(20, calls);
        }
    }
}
