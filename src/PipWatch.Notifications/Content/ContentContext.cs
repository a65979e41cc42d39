using PipWatch.Core.Plans;
using PipWatch.Notifications.Content.Charts;
using PipWatch.Notifications.Content.Formatting;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Content.Views;
using PipWatch.Notifications.Mime;

namespace PipWatch.Notifications.Content;

/// <summary>What every builder needs while composing one email: the request, the recipient's formats and the charts.</summary>
internal sealed class ContentContext(NotificationRequest request, ContentFormat format, ChartMaker? charts)
{
    public NotificationRequest Request { get; } = request;

    public ContentFormat Format { get; } = format;

    /// <summary>Null when the email is composed without images (template validation samples).</summary>
    public ChartMaker? Charts { get; } = charts;

    public TargetLines Lines { get; } = new(format);

    public Recipient Recipient => Request.To[0];

    /// <summary>The first recipient's name, or their address when Salesforce has no name for them.</summary>
    public string RecipientName => string.IsNullOrWhiteSpace(Recipient.Name) ? Recipient.Email.Trim() : Recipient.Name.Trim();

    public string DataAsOf => Format.Instant(Request.DataAsOf);

    /// <summary>The only plan of a single-plan kind.</summary>
    public PlanSnapshot Plan => Request.Plans[0];

    /// <summary>Subjects of rep-facing mail say "PIP" only when ops turned that on.</summary>
    public bool RepSubjectsMentionPip => Request.Settings.RepSubjectsMentionPip;

    /// <summary>A name short enough for a subject line; bodies always show it whole.</summary>
    public static string SubjectName(string name) => SubjectLine.ShortenName(string.IsNullOrWhiteSpace(name) ? "(no name)" : name);

    /// <summary>The rep's page in Salesforce, when the link base and a valid user Id are known.</summary>
    public string? SalesforceUrl(Person person)
    {
        var linkBase = Request.Settings.SalesforceLinkBase;
        if (linkBase is null || !linkBase.IsAbsoluteUri || linkBase.Scheme is not ("https" or "http") || !SalesforceId.IsValid(person.SalesforceUserId))
        {
            return null;
        }

        return $"{linkBase.GetLeftPart(UriPartial.Authority)}{linkBase.AbsolutePath.TrimEnd('/')}/lightning/r/User/{person.SalesforceUserId}/view";
    }

    public static string ManagerOrFallback(PlanSnapshot plan) => plan.Manager?.Name is { Length: > 0 } name ? name : "your manager";
}
