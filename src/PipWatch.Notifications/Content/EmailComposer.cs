using System.Collections.Concurrent;
using PipWatch.Notifications.Charts;
using PipWatch.Notifications.Content.Charts;
using PipWatch.Notifications.Content.Digest;
using PipWatch.Notifications.Content.Formatting;
using PipWatch.Notifications.Content.Lifecycle;
using PipWatch.Notifications.Content.Ops;
using PipWatch.Notifications.Content.Progress;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Content.Warnings;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content;

/// <summary>
/// Turns a <see cref="NotificationRequest"/> into a finished email: the kind's content model built from the core's
/// evaluations, rendered through the templates in the first recipient's culture and time zone, with charts as
/// inline images and the text part wrapped to 80 columns. Safe to share between threads.
/// </summary>
public sealed class EmailComposer(TemplateCatalog catalog)
{
    private readonly EmailRenderer _renderer = new(catalog);
    private readonly ConcurrentDictionary<(string Culture, string? Currency), ChartRenderer> _charts = new();

    /// <summary>Composes with charts. Throws <see cref="ArgumentException"/> naming what is missing or inconsistent.</summary>
    public ComposedEmail Compose(NotificationRequest request) => Compose(request, withCharts: true);

    /// <summary>Composes, optionally without images (for previews of wording, and template validation samples).</summary>
    public ComposedEmail Compose(NotificationRequest request, bool withCharts)
    {
        RequestCheck.Validate(request);
        var locale = request.To[0].Locale(request.CurrencyCode);
        var format = new ContentFormat(locale);
        var charts = withCharts ? new ChartMaker(ChartsFor(locale), request.IdempotencyKey) : null;
        var context = new ContentContext(request, format, charts);
        var managerCopied = request.Kind != NotificationKind.Celebration || request.Settings.CcManagerOnCelebrations;
        var draft = Draft(context, request.Kind, managerCopied && request.Cc.Count > 0);
        var rendered = _renderer.Render(request.Kind.TemplateName(), draft.Model, locale);

        return new ComposedEmail(
            request.IdempotencyKey,
            request.Kind,
            request.Plans.Count == 1 ? request.Plans[0].PipId : null,
            [.. request.To.Select(r => r.ToAddress())],
            managerCopied ? [.. request.Cc.Select(r => r.ToAddress())] : [],
            draft.Subject,
            rendered with { Text = TextWrapper.Wrap(rendered.Text) },
            charts?.Images ?? []);
    }

    /// <summary>The content model a kind's templates receive, for previews and template validation.</summary>
    public static object BuildModel(NotificationRequest request)
    {
        RequestCheck.Validate(request);
        var locale = request.To[0].Locale(request.CurrencyCode);
        var context = new ContentContext(request, new ContentFormat(locale), charts: null);
        return Draft(context, request.Kind, request.Cc.Count > 0 && request.Settings.CcManagerOnCelebrations).Model;
    }

    private static ContentDraft Draft(ContentContext context, NotificationKind kind, bool managerCopied) => kind switch
    {
        NotificationKind.ManagerDigest => new DigestBuilder(context).Build(),
        NotificationKind.RepWeekly => new RepWeeklyBuilder(context).Build(),
        NotificationKind.Celebration => new CelebrationBuilder(context).Build(managerCopied),
        NotificationKind.AtRiskWarning => new AtRiskWarningBuilder(context).BuildForManager(),
        NotificationKind.RepAtRiskNote => new AtRiskWarningBuilder(context).BuildForRep(),
        NotificationKind.RepKickoff => new KickoffBuilder(context).BuildForRep(),
        NotificationKind.ManagerKickoff => new KickoffBuilder(context).BuildForManager(),
        NotificationKind.CheckInReminder => new LifecycleBuilder(context).CheckInReminder(),
        NotificationKind.EndingSoon => new LifecycleBuilder(context).EndingSoon(),
        NotificationKind.OffRampReport => new LifecycleBuilder(context).OffRamp(),
        NotificationKind.RelapseWarning => new RelapseWarningBuilder(context).Build(),
        NotificationKind.OpsAlert => new OpsAlertBuilder(context).Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notification kind."),
    };

    private ChartRenderer ChartsFor(RecipientLocale locale) =>
        _charts.GetOrAdd((locale.Culture.Name, locale.CurrencyCode), _ => new ChartRenderer(locale));
}
