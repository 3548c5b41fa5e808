using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace EditorialHub.Core.Data.Demo;

/// <summary>
/// A drawn picture standing in for a department's photo in the demo school: a sky, a schoolyard, a
/// flag pole and a row of pupils, coloured by a seed so that no two items look alike. Written as a
/// real PNG (the attachment check reads the content, not the name), small enough to be many.
/// </summary>
internal static class DemoPicture
{
    public const int Width = 640;
    public const int Height = 400;

    private const int Variants = 6;
    private static readonly Lazy<byte[]>[] Drawn =
        [.. Enumerable.Range(0, Variants).Select(variant => new Lazy<byte[]>(() => Draw(variant)))];

    /// <summary>One of a few pictures, chosen by <paramref name="seed"/>; each is drawn once per process.</summary>
    public static byte[] Png(int seed) => Drawn[Math.Abs(seed % Variants)].Value;

    private static byte[] Draw(int seed)
    {
        var random = new Random(seed);
        var sky = (R: 120 + random.Next(60), G: 170 + random.Next(50), B: 230);
        var ground = (R: 90 + random.Next(60), G: 150 + random.Next(50), B: 80);
        var shirts = Enumerable.Range(0, 9).Select(_ => (R: 200 + random.Next(56), G: 200 + random.Next(56), B: 255)).ToArray();
        var horizon = Height * 3 / 5;

        // Raw scanlines: a filter byte (0, none) then RGB per pixel.
        var stride = 1 + Width * 3;
        var pixels = new byte[stride * Height];
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var (r, g, b) = y < horizon
                    ? Shade(sky, 1 - 0.35 * y / horizon)
                    : Shade(ground, 1 - 0.3 * (y - horizon) / (Height - horizon));
                // The flag pole and its red flag with a yellow star's place.
                if (x is >= 96 and < 100 && y > 60 && y < horizon + 10)
                    (r, g, b) = (90, 90, 90);
                else if (x is >= 100 and < 160 && y is > 60 and < 100)
                    (r, g, b) = Math.Abs(x - 130) + Math.Abs(y - 80) < 10 ? (255, 221, 0) : (218, 37, 29);
                // A row of pupils in white shirts, heads above (only near the horizon is there anyone).
                for (var i = 0; y > horizon - 30 && y < horizon + 110 && i < shirts.Length; i++)
                {
                    var cx = 200 + i * 48;
                    var top = horizon - 10 + (i % 2) * 6;
                    if ((x - cx) * (x - cx) + (y - top) * (y - top) < 13 * 13)
                        (r, g, b) = (70, 50, 40);
                    else if (Math.Abs(x - cx) < 16 && y > top + 12 && y < top + 60)
                        (r, g, b) = shirts[i];
                    else if (Math.Abs(x - cx) < 14 && y >= top + 60 && y < top + 95)
                        (r, g, b) = (30, 40, 90);
                }
                var at = y * stride + 1 + x * 3;
                pixels[at] = (byte)r;
                pixels[at + 1] = (byte)g;
                pixels[at + 2] = (byte)b;
            }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour RGB
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                zlib.Write(pixels);
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static (int R, int G, int B) Shade((int R, int G, int B) colour, double factor) =>
        ((int)(colour.R * factor), (int)(colour.G * factor), (int)(colour.B * factor));

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeBytes, data));
        png.Write(number);
    }

    // The PNG chunk checksum (ISO 3309 CRC-32 over type and data).
    private static uint Crc32(byte[] type, byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var part in new[] { type, data })
            foreach (var value in part)
            {
                crc ^= value;
                for (var bit = 0; bit < 8; bit++)
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        return ~crc;
    }
}
