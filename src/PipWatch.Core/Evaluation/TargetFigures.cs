namespace PipWatch.Core.Evaluation;

/// <summary>What a goal-kind evaluator works out for one target; the plan evaluator turns it into a <see cref="TargetEvaluation"/>.</summary>
internal struct TargetFigures
{
    public double Goal;
    public double? Actual;
    public double? ActualCompleted;
    public double? TodaySoFar;
    public double? Attainment;
    public double? Expected;
    public double? Pace;
    public double? Projection;
    public double? RequiredDailyRate;
    public long? Sample;
    public TargetStatus Status;
    public StatusReason Reason;
    public TargetStatus? BandStatus;
    public WeekResult[]? Weeks;
    public int? CurrentWeekIndex;
    public int Streak;
    public DateOnly? StreakStart;

    public void SetStatus(TargetStatus status, StatusReason reason)
    {
        Status = status;
        Reason = reason;
    }
}
