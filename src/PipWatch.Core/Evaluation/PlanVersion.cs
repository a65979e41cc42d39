using PipWatch.Core.Calendar;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;

namespace PipWatch.Core.Evaluation;

/// <summary>One version of a plan (a set of amendments in force) with its calendar and the metric behind each target.</summary>
internal sealed record PlanVersion(EffectivePlan Plan, PlanCalendar Calendar, MetricDefinition[] Metrics);
