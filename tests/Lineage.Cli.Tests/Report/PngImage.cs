using System.Buffers.Binary;
using System.IO.Compression;

namespace Lineage.Cli.Tests.Report;

/// <summary>
/// Just enough of PNG to tell whether a screenshot shows something: decodes 8-bit RGB and RGBA images (what Chromium
/// writes) into pixels and counts how many differ from the most common colour (the background).
/// </summary>
internal sealed class PngImage
{
    private PngImage(int width, int height, uint[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>0xRRGGBB per pixel, row by row.</summary>
    public uint[] Pixels { get; }

    /// <summary>The share of pixels that differ from the most common colour.</summary>
    public double ForegroundShare
    {
        get
        {
            uint background = Pixels.GroupBy(p => p).MaxBy(g => g.Count())!.Key;
            return Pixels.Count(p => p != background) / (double)Pixels.Length;
        }
    }

    public int DistinctColours => Pixels.Distinct().Count();

    public static PngImage Decode(byte[] png)
    {
        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.True(png.AsSpan(0, 8).SequenceEqual(signature), "not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (int at = 8; at < png.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                Assert.Equal(8, body[8]);
                channels = body[9] switch { 2 => 3, 6 => 4, _ => throw new NotSupportedException($"PNG colour type {body[9]}") };
                Assert.Equal(0, body[12]);
            }
            else if (type == "IDAT")
            {
                idat.Write(body);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        byte[] raw = inflated.ToArray();
        int stride = width * channels;
        var previous = new byte[stride];
        var row = new byte[stride];
        var pixels = new uint[width * height];
        for (int y = 0; y < height; y++)
        {
            int filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            for (int x = 0; x < stride; x++)
            {
                int a = x >= channels ? row[x - channels] : 0;
                int b = previous[x];
                int c = x >= channels ? previous[x - channels] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                };
                row[x] = unchecked((byte)(line[x] + predictor));
            }

            for (int x = 0; x < width; x++)
            {
                int i = x * channels;
                pixels[(y * width) + x] = ((uint)row[i] << 16) | ((uint)row[i + 1] << 8) | row[i + 2];
            }

            (previous, row) = (row, previous);
        }

        return new PngImage(width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
