using SkiaSharp;

namespace PipWatch.Notifications.Tests.Charts;

/// <summary>A decoded PNG to look at: its size and how many pixels of a colour a region holds.</summary>
public sealed class PngPixels : IDisposable
{
    private readonly SKBitmap _bitmap;

    public PngPixels(byte[] png)
    {
        png.AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "not a PNG signature");
        _bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The PNG does not decode.");
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    /// <summary>Pixels within <paramref name="tolerance"/> per channel of the colour (anti-aliased edges differ).</summary>
    public int Count(string hex, int tolerance = 12, int fromX = 0, int toX = int.MaxValue)
    {
        var target = SKColor.Parse(hex);
        var count = 0;
        for (var y = 0; y < _bitmap.Height; y++)
        {
            for (var x = Math.Max(0, fromX); x < Math.Min(_bitmap.Width, toX); x++)
            {
                var pixel = _bitmap.GetPixel(x, y);
                if (Math.Abs(pixel.Red - target.Red) <= tolerance && Math.Abs(pixel.Green - target.Green) <= tolerance && Math.Abs(pixel.Blue - target.Blue) <= tolerance)
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Pixels clearly darker than the background in a column band: text and lines.</summary>
    public int Dark(int fromX, int toX, int fromY = 0, int toY = int.MaxValue)
    {
        var count = 0;
        for (var y = Math.Max(0, fromY); y < Math.Min(_bitmap.Height, toY); y++)
        {
            for (var x = Math.Max(0, fromX); x < Math.Min(_bitmap.Width, toX); x++)
            {
                var pixel = _bitmap.GetPixel(x, y);
                if (pixel.Red + pixel.Green + pixel.Blue < 3 * 160)
                {
                    count++;
                }
            }
        }

        return count;
    }

    public void Dispose() => _bitmap.Dispose();
}
