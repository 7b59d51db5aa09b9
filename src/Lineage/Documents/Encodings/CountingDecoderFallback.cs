using System.Text;

namespace Lineage.Documents.Encodings;

/// <summary>
/// Replaces each invalid byte sequence with U+FFFD, like the default fallback, and counts them, keeping the offset of the
/// first one (relative to the buffer of the decoding call that met it).
/// </summary>
internal sealed class CountingDecoderFallback : DecoderFallback
{
    private long _count;
    private long _firstIndex = -1;
    private long _consumedBefore;

    public override int MaxCharCount => 1;

    /// <summary>Invalid sequences met so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Byte offset of the first invalid sequence, counted from the start of the stream, or −1.</summary>
    public long FirstIndex => Interlocked.Read(ref _firstIndex);

    /// <summary>Bytes handed to the decoder before the current call (set by streaming callers so offsets are absolute).</summary>
    public long ConsumedBefore
    {
        get => _consumedBefore;
        set => _consumedBefore = value;
    }

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private void Record(int index)
    {
        if (Interlocked.Increment(ref _count) == 1)
        {
            Interlocked.Exchange(ref _firstIndex, _consumedBefore + Math.Max(0, index));
        }
    }

    private sealed class Buffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private int _remaining;

        public override int Remaining => _remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Record(index);
            _remaining = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (_remaining == 0)
            {
                return '\0';
            }

            _remaining--;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (_remaining == 1)
            {
                return false;
            }

            _remaining++;
            return true;
        }

        public override void Reset() => _remaining = 0;
    }
}
