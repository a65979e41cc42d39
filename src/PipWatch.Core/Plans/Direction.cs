namespace PipWatch.Core.Plans;

public enum Direction
{
    AtLeast,
    AtMost,
}
