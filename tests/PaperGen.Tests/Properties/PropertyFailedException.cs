using System;

namespace PaperGen.Tests.Properties
{
    /// <summary>
    /// A property failed. <see cref="Exception.InnerException"/> is the first failure's own exception, or, when
    /// CsCheck shrank the case, an <see cref="AggregateException"/> of that exception and CsCheck's report.
    /// </summary>
    internal sealed class PropertyFailedException : Exception
    {
        public PropertyFailedException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
