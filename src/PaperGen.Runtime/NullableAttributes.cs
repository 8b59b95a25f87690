#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis
{
    // netstandard2.0 lacks the nullable-analysis attributes; the compiler only needs them by name.
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class MaybeNullWhenAttribute : Attribute
    {
        public MaybeNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        public bool ReturnValue { get; }
    }
}
#endif
