using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Npgsql;
using PipWatch.Testing;

namespace PipWatch.Tests.Infrastructure;

/// <summary>Proves that the test command hands every test a real PostgreSQL server and a real SMTP server.</summary>
public sealed class TestServicesTests
{
    [Fact]
    public async Task PostgreSql_Server_Answers_On_Loopback()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var connectionString = await TestPostgres.CreateDatabaseAsync("smoke", cancellationToken);
        await using var connection = new NpgsqlConnection(connectionString);

        // Act
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_database(), inet_server_addr()::text", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        (await reader.ReadAsync(cancellationToken)).ShouldBeTrue();

        // Assert
        reader.GetString(0).ShouldStartWith("smoke_");
        reader.GetString(1).ShouldStartWith("127.0.0.1");
    }

    [Fact]
    public async Task Smtp_Server_Receives_A_Message_Sent_With_MailKit()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = SmtpTestServer.Start();
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress("PipWatch", "pipwatch@example.com"));
        message.To.Add(new MailboxAddress("Manager", "manager@example.com"));
        message.Subject = "Smoke";
        message.Body = new TextPart("plain") { Text = "Hello from the test command." };

        // Act
        using (var client = new SmtpClient())
        {
            await client.ConnectAsync(SmtpTestServer.Host, server.Port, SecureSocketOptions.None, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }

        // Assert
        var received = await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10), cancellationToken);
        var only = received.ShouldHaveSingleItem();
        only.EnvelopeTo.ShouldBe(["manager@example.com"]);
        only.Message.Subject.ShouldBe("Smoke");
        only.Message.TextBody.ShouldNotBeNull().ShouldContain("Hello from the test command.");
    }

    [Fact]
    public async Task Smtp_Server_Refuses_A_Recipient_With_550()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = SmtpTestServer.Start();
        server.RecipientFilter = address => address != "gone@example.com";
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("pipwatch@example.com"));
        message.To.Add(MailboxAddress.Parse("gone@example.com"));
        message.Body = new TextPart("plain") { Text = "x" };
        using var client = new SmtpClient();
        await client.ConnectAsync(SmtpTestServer.Host, server.Port, SecureSocketOptions.None, cancellationToken);

        // Act
        var error = await Should.ThrowAsync<SmtpCommandException>(() => client.SendAsync(message, cancellationToken));

        // Assert
        ((int)error.StatusCode).ShouldBe(550);
        server.Messages.ShouldBeEmpty();
    }
}
