using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Charts;

/// <summary>
/// A rendered chart: the PNG to attach inline as <c>cid:{ContentId}</c>, its plain-text alt text (encode it when
/// writing HTML), and the size in CSS pixels for the img tag. The PNG may hold more pixels than that for sharp
/// display on high-density screens.
/// </summary>
public sealed record ChartImage(string ContentId, byte[] Png, string AltText, int Width, int Height)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The MIME attachment for <see cref="OutgoingEmail.Images"/>.</summary>
    public InlineImage ToInlineImage() => new(ContentId, Png, $"{ContentId}.png");

    /// <summary>
    /// The img tag for an HTML template: encoded alt text, the display size as attributes (for Outlook), and a
    /// width that shrinks on narrow screens.
    /// </summary>
    public TrustedHtml ToImgTag()
    {
        var width = Width.ToString(CultureInfo.InvariantCulture);
        var height = Height.ToString(CultureInfo.InvariantCulture);
        return new TrustedHtml(
            $"""<img src="cid:{ContentId}" alt="{Html.Encode(AltText)}" width="{width}" height="{height}" style="display:block;width:100%;max-width:{width}px;height:auto;border:0;">""");
    }
}
