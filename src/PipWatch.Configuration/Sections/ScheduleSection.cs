using Cronos;
using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Settings;

namespace PipWatch.Configuration.Sections;

internal static class ScheduleSection
{
    public static ScheduleSettings Read(MappingReader r)
    {
        var d = new ScheduleSettings();
        var settings = new ScheduleSettings
        {
            PollCron = r.Read("poll_cron", d.PollCron, Cron),
            PlanCron = r.Read("plan_cron", d.PlanCron, Cron),
            DeliverCron = r.Read("deliver_cron", d.DeliverCron, Cron),
            ManagerDigestTime = r.Read("manager_digest_time", d.ManagerDigestTime, ScalarParsers.TimeOfDay),
            ManagerDigestLatestTime = r.Read("manager_digest_latest_time", d.ManagerDigestLatestTime, ScalarParsers.TimeOfDay),
            RepWeeklyDay = r.Read("rep_weekly_day", d.RepWeeklyDay, ScalarParsers.Day),
            RepWeeklyTime = r.Read("rep_weekly_time", d.RepWeeklyTime, ScalarParsers.TimeOfDay),
        };

        if (settings.ManagerDigestLatestTime <= settings.ManagerDigestTime)
        {
            r.Report(r.Has("manager_digest_latest_time") ? "manager_digest_latest_time" : "manager_digest_time",
                $"the digest's latest time ({settings.ManagerDigestLatestTime:HH\\:mm}) must be after its send time ({settings.ManagerDigestTime:HH\\:mm})");
        }

        r.Finish();
        return settings;
    }

    private static bool Cron(string text, out string value, out string error)
    {
        value = text;
        error = "";
        try
        {
            _ = CronExpression.Parse(text, CronFormat.Standard);
            return true;
        }
        catch (CronFormatException ex)
        {
            var detail = ex.Message.Split("format. ", 2) is [_, var rest] ? $" ({rest.TrimEnd('.')})" : "";
            error = $"{ScalarParsers.Quote(text)} is not a cron schedule{detail}: use five fields (minute hour day-of-month month day-of-week), e.g. */30 * * * *";
            return false;
        }
    }
}
