using System;
using System.Threading;

namespace PaperGen.Generator.Parsing
{
    /// <summary>
    /// The parser's work counter and cancellation check, shared by every long loop: each item a loop
    /// visits is one step, and every <see cref="CheckInterval"/> steps the token is checked, so a cancelled
    /// build stops within a bounded amount of work wherever the parser is. Tests read <see cref="Work"/> to
    /// prove parsing is linear, and trip the token from <c>onCheck</c> to cancel during the work.
    /// </summary>
    internal sealed class ParseProgress
    {
        public const int CheckInterval = 64;

        private readonly CancellationToken _token;
        private readonly Action<string>? _onCheck;
        private int _sinceCheck;

        public ParseProgress(CancellationToken token, Action<string>? onCheck = null)
        {
            _token = token;
            _onCheck = onCheck;
        }

        /// <summary>The build's token, for readers that check it on their own (the JSON reader).</summary>
        public CancellationToken CancellationToken => _token;

        /// <summary>Steps plus characters visited, over the whole parse.</summary>
        public long Work { get; private set; }

        /// <summary>One item of a long loop, named for tests that cancel inside a given loop.</summary>
        public void Step(string loop, int characters = 0)
        {
            Work += 1 + characters;
            if (++_sinceCheck < CheckInterval)
            {
                return;
            }

            _sinceCheck = 0;
            _onCheck?.Invoke(loop);
            _token.ThrowIfCancellationRequested();
        }

        public void ThrowIfCancellationRequested() => _token.ThrowIfCancellationRequested();
    }
}
