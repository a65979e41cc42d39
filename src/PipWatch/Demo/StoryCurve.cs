namespace PipWatch.Demo;

/// <summary>
/// A rep's performance over a plan, as a multiple of what the goal asks for (1 = exactly on goal), drawn as
/// straight lines between points on the plan's timeline: 0 is the start date, 1 the (final) end date.
/// </summary>
public sealed class StoryCurve
{
    private readonly (double T, double Value)[] _points;

    private StoryCurve(double before, (double T, double Value)[] points)
    {
        if (points.Length == 0 || points.Any(p => !double.IsFinite(p.T) || !double.IsFinite(p.Value) || p.Value < 0))
        {
            throw new ArgumentException("A story curve needs at least one point, each with a finite time and a value of zero or more.", nameof(points));
        }

        for (var i = 1; i < points.Length; i++)
        {
            if (points[i].T <= points[i - 1].T)
            {
                throw new ArgumentException($"Story curve points must be in time order; point {i} at {points[i].T} follows {points[i - 1].T}.", nameof(points));
            }
        }

        Before = before;
        _points = points;
    }

    /// <summary>The level before the plan started: the shortfall that led to the plan.</summary>
    public double Before { get; }

    /// <summary>The level after the plan ended: where the last point left it.</summary>
    public double After => _points[^1].Value;

    public static StoryCurve Flat(double value, double before) => new(before, [(0, value)]);

    public static StoryCurve Linear(double from, double to, double before) => new(before, [(0, from), (1, to)]);

    public static StoryCurve Through(double before, params (double T, double Value)[] points) => new(before, points);

    /// <summary>The level at <paramref name="t"/> on the plan's timeline (below 0: before the plan).</summary>
    public double At(double t)
    {
        if (t < 0)
        {
            return Before;
        }

        if (t <= _points[0].T)
        {
            return _points[0].Value;
        }

        for (var i = 1; i < _points.Length; i++)
        {
            var (t1, v1) = _points[i];
            if (t <= t1)
            {
                var (t0, v0) = _points[i - 1];
                return v0 + ((v1 - v0) * (t - t0) / (t1 - t0));
            }
        }

        return After;
    }
}
