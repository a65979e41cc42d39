using PipWatch.Notifications.Content.Views;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Content.Warnings;

/// <summary>The same fall told to the rep: plainly, kindly, and with what it takes.</summary>
public sealed record RepAtRiskNoteEmail(
    string Title,
    string Preheader,
    string RecipientName,
    string RepName,
    string DataAsOf,
    string Headline,
    string Message,
    TargetLine Target,
    TrustedHtml? Chart,
    IReadOnlyList<string> Suggestions);
