using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using PipWatch.Notifications.Delivery;

namespace PipWatch.Notifications.Tests.Delivery;

public sealed class SmtpFailureClassifierTests
{
    [Theory]
    [InlineData(421, SmtpFailureKind.Transient)]
    [InlineData(450, SmtpFailureKind.Transient)]
    [InlineData(452, SmtpFailureKind.Transient)]
    [InlineData(500, SmtpFailureKind.Permanent)]
    [InlineData(550, SmtpFailureKind.Permanent)]
    [InlineData(554, SmtpFailureKind.Permanent)]
    [InlineData(250, SmtpFailureKind.Unknown)]
    [InlineData(0, SmtpFailureKind.Unknown)]
    public void ClassifyReply_Follows_Rfc_5321(int code, SmtpFailureKind expected)
    {
        // Act and assert
        SmtpFailureClassifier.ClassifyReply(code).ShouldBe(expected);
    }

    [Theory]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, 550, SmtpFailureKind.Permanent)]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, 450, SmtpFailureKind.Transient)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, 554, SmtpFailureKind.Permanent)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, 421, SmtpFailureKind.Transient)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, 452, SmtpFailureKind.Transient)]
    [InlineData(SmtpErrorCode.SenderNotAccepted, 451, SmtpFailureKind.Transient)]
    [InlineData(SmtpErrorCode.SenderNotAccepted, 552, SmtpFailureKind.Permanent)]
    [InlineData(SmtpErrorCode.SenderNotAccepted, 553, SmtpFailureKind.Configuration)]
    [InlineData(SmtpErrorCode.UnexpectedStatusCode, 503, SmtpFailureKind.Permanent)]
    public void Command_Replies_During_A_Message_Depend_On_The_Code(SmtpErrorCode error, int code, SmtpFailureKind expected)
    {
        // Arrange
        var exception = new SmtpCommandException(error, (SmtpStatusCode)code, "refused");

        // Act and assert
        SmtpFailureClassifier.Classify(exception, SmtpStage.Envelope).Kind.ShouldBe(expected);
    }

    [Theory]
    [InlineData(SmtpStage.Connect, 421, SmtpFailureKind.Transient)]
    [InlineData(SmtpStage.Connect, 554, SmtpFailureKind.Configuration)]
    [InlineData(SmtpStage.Authenticate, 454, SmtpFailureKind.Transient)]
    [InlineData(SmtpStage.Authenticate, 530, SmtpFailureKind.Configuration)]
    public void Command_Replies_Before_Any_Message_Concern_The_Session(SmtpStage stage, int code, SmtpFailureKind expected)
    {
        // Arrange
        var exception = new SmtpCommandException(SmtpErrorCode.UnexpectedStatusCode, (SmtpStatusCode)code, "go away");

        // Act and assert
        SmtpFailureClassifier.Classify(exception, stage).Kind.ShouldBe(expected);
    }

    [Theory]
    [InlineData(SmtpStage.Connect, SmtpFailureKind.Transient)]
    [InlineData(SmtpStage.Authenticate, SmtpFailureKind.Transient)]
    [InlineData(SmtpStage.Envelope, SmtpFailureKind.Transient)]
    [InlineData(SmtpStage.Content, SmtpFailureKind.Unknown)]
    public void A_Broken_Connection_Is_Unknown_Only_Once_The_Content_Is_On_Its_Way(SmtpStage stage, SmtpFailureKind expected)
    {
        // Arrange
        Exception[] failures =
        [
            new IOException("connection reset"),
            new SocketException((int)SocketError.ConnectionRefused),
            new SmtpProtocolException("unexpected end of stream"),
            new TimeoutException("no reply"),
        ];

        // Act and assert
        failures.ShouldAllBe(failure => SmtpFailureClassifier.Classify(failure, stage).Kind == expected);
    }

    [Fact]
    public void Refused_Credentials_Are_Configuration()
    {
        // Act
        var failure = SmtpFailureClassifier.Classify(new AuthenticationException("535: 5.7.8 bad credentials"), SmtpStage.Authenticate);

        // Assert
        failure.Kind.ShouldBe(SmtpFailureKind.Configuration);
        failure.Reason.ShouldContain("credentials");
    }

    [Theory]
    [InlineData(SmtpStage.Connect)]
    [InlineData(SmtpStage.Envelope)]
    public void A_Server_Demanding_Authentication_Is_Configuration(SmtpStage stage)
    {
        // Act and assert
        SmtpFailureClassifier.Classify(new ServiceNotAuthenticatedException("530 authentication required"), stage).Kind
            .ShouldBe(SmtpFailureKind.Configuration);
    }

    [Fact]
    public void A_Missing_Starttls_Is_Configuration()
    {
        // Act and assert
        SmtpFailureClassifier.Classify(new NotSupportedException("The SMTP server does not support the STARTTLS extension."), SmtpStage.Connect).Kind
            .ShouldBe(SmtpFailureKind.Configuration);
    }

    [Fact]
    public void A_Message_That_Cannot_Be_Sent_As_Built_Is_Permanent()
    {
        // Act and assert
        SmtpFailureClassifier.Classify(new InvalidOperationException("No recipients have been specified."), SmtpStage.Envelope).Kind
            .ShouldBe(SmtpFailureKind.Permanent);
    }

    [Fact]
    public void Reasons_Keep_Codes_But_Not_Addresses()
    {
        // Arrange
        var exception = new SmtpCommandException(
            SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, MailboxAddress.Parse("dana.whitfield@acme.example"), "5.1.1 <dana.whitfield@acme.example>: mailbox unavailable");

        // Act
        var failure = SmtpFailureClassifier.Classify(exception, SmtpStage.Envelope);

        // Assert
        failure.Reason.ShouldContain("550");
        failure.Reason.ShouldContain("@acme.example");
        failure.Reason.ShouldNotContain("dana.whitfield");
    }
}
