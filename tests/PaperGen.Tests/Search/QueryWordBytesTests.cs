using System;
using System.Text;
using PaperGen.Search;
using Xunit;

namespace PaperGen.Tests.Search
{
    /// <summary>
    /// A query word reaches the index as the very UTF-8 bytes <see cref="Encoding.UTF8"/> makes of it (the builder wrote
    /// the index's words with it), in any script, with characters outside the BMP, and with a lone surrogate replaced.
    /// </summary>
    public class QueryWordBytesTests
    {
        [Theory]
        [InlineData("autoencoder")]
        [InlineData("größe")]
        [InlineData("学習")]
        [InlineData("γ-decay")]
        [InlineData("🙂𝔽")]
        [InlineData("a\uD800b")]
        [InlineData("z\uDC00")]
        [InlineData("")]
        public void A_query_word_becomes_the_bytes_the_framework_encodes(string word)
        {
            var buffer = new byte[255];

            var length = SearchIndexView.Utf8(word, buffer);

            Assert.Equal(Encoding.UTF8.GetBytes(word), buffer.AsSpan(0, length).ToArray());
        }

        [Fact]
        public void A_word_of_85_three_byte_characters_fills_the_buffer_exactly()
        {
            var word = new string('学', 85);
            var buffer = new byte[255];

            Assert.Equal(255, SearchIndexView.Utf8(word, buffer));
            Assert.Equal(Encoding.UTF8.GetBytes(word), buffer);
        }
    }
}
