using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Lineage.Tests.Export;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 (optionally TLS with a self-signed certificate), for the Neo4j APIs no real
/// server here offers. Reads each request whole (Content-Length bodies, keep-alive) and answers with what the
/// handler returns. Records every request.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<LoopbackRequest, LoopbackResponse> _handler;
    private readonly X509Certificate2? _certificate;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly ConcurrentQueue<LoopbackRequest> _requests = new();

    public LoopbackHttpServer(Func<LoopbackRequest, LoopbackResponse> handler, bool https = false)
    {
        _handler = handler;
        _certificate = https ? CreateCertificate() : null;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        int port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        Url = new Uri($"{(https ? "https" : "http")}://127.0.0.1:{port}/");
        _accepting = AcceptAsync();
    }

    public Uri Url { get; }

    public IReadOnlyList<LoopbackRequest> Requests => [.. _requests];

    /// <summary>An <see cref="HttpClient"/> that trusts this server's certificate (and only it).</summary>
    public HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler();
        if (_certificate is not null)
        {
            string thumbprint = _certificate.Thumbprint;
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint;
        }

        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _certificate?.Dispose();
        _stop.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                Stream stream = client.GetStream();
                if (_certificate is not null)
                {
                    var ssl = new SslStream(stream);
                    await ssl.AuthenticateAsServerAsync(_certificate);
                    stream = ssl;
                }

                await using (stream)
                {
                    while (await ReadRequestAsync(stream) is { } request)
                    {
                        _requests.Enqueue(request);
                        var response = _handler(request);
                        byte[] body = Encoding.UTF8.GetBytes(response.Body);
                        string head = $"HTTP/1.1 {response.Status} {((HttpStatusCode)response.Status)}\r\nContent-Type: {response.ContentType}\r\nContent-Length: {body.Length}\r\n\r\n";
                        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                        await stream.WriteAsync(body, _stop.Token);
                        await stream.FlushAsync(_stop.Token);
                    }
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
            {
                // The client went away.
            }
        }
    }

    private async Task<LoopbackRequest?> ReadRequestAsync(Stream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!(head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (await stream.ReadAsync(one, _stop.Token) == 0)
            {
                return null;
            }

            head.Add(one[0]);
        }

        string[] lines = Encoding.ASCII.GetString([.. head]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string[] requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        byte[] body = [];
        if (headers.TryGetValue("Content-Length", out string? length))
        {
            body = new byte[int.Parse(length, System.Globalization.CultureInfo.InvariantCulture)];
            await stream.ReadExactlyAsync(body, _stop.Token);
        }

        return new LoopbackRequest(requestLine[0], requestLine[1], headers, body);
    }
}

internal sealed record LoopbackRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

internal sealed record LoopbackResponse(int Status, string Body, string ContentType = "application/json")
{
    public static LoopbackResponse Json(int status, string body) => new(status, body);
}
