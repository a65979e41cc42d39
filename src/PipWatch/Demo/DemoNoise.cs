namespace PipWatch.Demo;

/// <summary>
/// Deterministic noise: a hash of the seed, the rep, the metric family, the day and a salt, so any day's figures
/// can be computed on their own, in any order, and are the same on every run and every machine (System.Random
/// makes no such promise across .NET versions).
/// </summary>
internal readonly struct DemoNoise(ulong seed, string rep, string family)
{
    private readonly ulong _base = Mix(seed ^ Hash(rep) ^ (Hash(family) * 0x9E3779B97F4A7C15UL));

    /// <summary>A number in [0, 1) for one day, salt and record index.</summary>
    public double Unit(DateOnly day, int salt, int index = 0)
    {
        var x = Mix(_base ^ ((ulong)(uint)day.DayNumber * 0xBF58476D1CE4E5B9UL));
        x = Mix(x ^ ((ulong)(uint)salt << 32) ^ (uint)index);
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>A stable salt for a name (string hash codes change from process to process).</summary>
    public static int SaltOf(string name) => 100 + (int)(Hash(name) % 100_000);

    /// <summary>FNV-1a over the UTF-16 code units of the text.</summary>
    private static ulong Hash(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return hash;
    }

    /// <summary>The SplitMix64 finaliser: spreads every input bit over the whole word.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
