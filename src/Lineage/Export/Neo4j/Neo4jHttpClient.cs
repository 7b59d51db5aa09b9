using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Lineage.Export.Neo4j;

/// <summary>
/// Talks to Neo4j over its HTTP APIs (no Bolt): discovers which API the server offers (<c>GET /</c>), and runs
/// statements there. Reads the body of every answer, since errors come with status 200 or 202; retries
/// <c>Neo.TransientError.*</c>, dropped connections and HTTP 502–504 with exponential backoff, and throws
/// <see cref="Neo4jExportException"/> with the server's code and message on anything else. Sends the password only
/// as an HTTP Basic header; never puts it in a message.
/// </summary>
public sealed class Neo4jHttpClient
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private readonly HttpClient _http;
    private readonly Neo4jExportOptions _options;
    private readonly AuthenticationHeaderValue? _authorization;

    public Neo4jHttpClient(HttpClient http, Neo4jExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Url.Scheme != Uri.UriSchemeHttp && options.Url.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"The Neo4j URL must be http:// or https:// (got {options.Url.Scheme}://; Bolt is not supported).", nameof(options));
        }

        _http = http;
        _options = options;
        _authorization = options.Password is null
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    /// <summary>
    /// Asks the server which API to use: the Query API if discovery lists <c>query</c>, else the 4.x/5.x transactional
    /// endpoint (<c>transaction</c>), else the 3.x one (<c>data</c>); <see cref="Neo4jExportOptions.Api"/> forces one.
    /// URLs are the paths the server gives, on the host and port of <see cref="Neo4jExportOptions.Url"/>.
    /// </summary>
    public async Task<Neo4jEndpoint> DiscoverAsync(CancellationToken cancellationToken)
    {
        using var discovery = await GetJsonAsync(_options.Url, authenticate: false, cancellationToken).ConfigureAwait(false);
        var root = discovery.RootElement;
        string? query = Text(root, "query");
        string? transaction = Text(root, "transaction");
        string? data = Text(root, "data");
        string? version = Text(root, "neo4j_version");
        var api = _options.Api;
        if (api == Neo4jApi.Auto)
        {
            api = query is not null ? Neo4jApi.Query
                : transaction is not null ? Neo4jApi.Transaction
                : data is not null ? Neo4jApi.Legacy
                : throw new Neo4jExportException("Discovery", $"{_options.Url} does not look like a Neo4j server: its discovery document lists no query, transaction or data API.", null);
        }

        string database = Uri.EscapeDataString(_options.Database);
        string path = api switch
        {
            Neo4jApi.Query => PathOf(query, "/db/{databaseName}/query/v2").Replace("{databaseName}", database, StringComparison.Ordinal),
            Neo4jApi.Transaction => PathOf(transaction, "/db/{databaseName}/tx").Replace("{databaseName}", database, StringComparison.Ordinal).TrimEnd('/') + "/commit",
            _ => PathOf(data, "/db/data/").TrimEnd('/') + "/transaction/commit",
        };

        if (version is null && api == Neo4jApi.Legacy)
        {
            // 3.x gives its version at /db/data/ (authenticated), which also checks the credentials early.
            using var service = await GetJsonAsync(new Uri(_options.Url, PathOf(data, "/db/data/")), authenticate: true, cancellationToken).ConfigureAwait(false);
            version = Text(service.RootElement, "neo4j_version");
        }

        return new Neo4jEndpoint(api, new Uri(_options.Url, path), version);
    }

    /// <summary>Runs one statement in its own transaction and returns its answer.</summary>
    public Task<Neo4jResult> RunAsync(Neo4jEndpoint endpoint, string text, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return RunAsync(endpoint, Neo4jPayload.Create(endpoint.Api, text, parameters), cancellationToken);
    }

    /// <summary>Sends a request body made by <see cref="Neo4jPayload"/> for <paramref name="endpoint"/>'s API and returns the answer.</summary>
    public async Task<Neo4jResult> RunAsync(Neo4jEndpoint endpoint, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(body);
        using var answer = await SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, endpoint.CommitUri) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                return request;
            },
            authenticate: true,
            cancellationToken).ConfigureAwait(false);
        return endpoint.Api == Neo4jApi.Query ? ReadQueryApi(answer.RootElement) : ReadTransaction(answer.RootElement);
    }

    /// <summary>Runs an export statement.</summary>
    public Task<Neo4jResult> RunAsync(Neo4jEndpoint endpoint, Neo4jStatement statement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return RunAsync(endpoint, statement.Text, statement.Parameters, cancellationToken);
    }

    private Task<JsonDocument> GetJsonAsync(Uri uri, bool authenticate, CancellationToken cancellationToken) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), authenticate, cancellationToken);

    /// <summary>Sends a request (made afresh for each attempt), reads the whole body, and retries transient failures.</summary>
    private async Task<JsonDocument> SendAsync(Func<HttpRequestMessage> makeRequest, bool authenticate, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            Neo4jExportException? failure;
            try
            {
                using var request = makeRequest();
                request.Headers.Accept.Add(Json);
                if (authenticate && _authorization is not null)
                {
                    request.Headers.Authorization = _authorization;
                }

                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                byte[] content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                if (TryRead(response.StatusCode, content, out var document, out failure))
                {
                    return document;
                }
            }
            catch (HttpRequestException e)
            {
                failure = new Neo4jExportException("Network", $"{e.Message} ({_options.Url})", null, e);
            }
            catch (IOException e)
            {
                failure = new Neo4jExportException("Network", $"{e.Message} ({_options.Url})", null, e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = new Neo4jExportException("Timeout", $"no answer from {_options.Url} within {_http.Timeout.TotalSeconds:F0} s", null, e);
            }

            bool transient = failure.IsTransient || failure.Code is "Network" or "Timeout" or "HTTP 502" or "HTTP 503" or "HTTP 504";
            if (!transient || attempt >= _options.MaxRetries)
            {
                throw failure;
            }

            var delay = TimeSpan.FromTicks(Math.Min(_options.RetryDelay.Ticks << Math.Min(attempt, 16), TimeSpan.FromSeconds(30).Ticks));
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The parsed body when the answer is a success; otherwise the failure (the first of the body's errors, else the status).</summary>
    private static bool TryRead(
        HttpStatusCode status, byte[] content, [NotNullWhen(true)] out JsonDocument? document, [NotNullWhen(false)] out Neo4jExportException? failure)
    {
        document = null;
        failure = null;
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(content);
        }
        catch (JsonException)
        {
            string excerpt = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 200)).ReplaceLineEndings(" ");
            failure = new Neo4jExportException($"HTTP {(int)status}", $"the answer is not JSON: {excerpt}", null);
            return false;
        }

        if (parsed.RootElement.ValueKind == JsonValueKind.Object
            && parsed.RootElement.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            string code = Text(first, "code") ?? $"HTTP {(int)status}";
            string message = Text(first, "message") ?? first.GetRawText();
            parsed.Dispose();
            failure = new Neo4jExportException(code, message, null);
            return false;
        }

        if ((int)status is < 200 or > 299)
        {
            parsed.Dispose();
            failure = new Neo4jExportException($"HTTP {(int)status}", $"the server answered {(int)status} {status}", null);
            return false;
        }

        document = parsed;
        return true;
    }

    private static Neo4jResult ReadTransaction(JsonElement root)
    {
        if (!root.TryGetProperty("results", out var results) || results.GetArrayLength() == 0)
        {
            return new Neo4jResult([], [], 0, 0);
        }

        var result = results[0];
        var fields = result.TryGetProperty("columns", out var columns) ? columns.EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList() : [];
        var rows = result.TryGetProperty("data", out var data)
            ? data.EnumerateArray().Select(d => (IReadOnlyList<JsonElement>)[.. d.GetProperty("row").EnumerateArray().Select(v => v.Clone())]).ToList()
            : [];
        result.TryGetProperty("stats", out var stats);
        return new Neo4jResult(fields, rows, Count(stats, "nodes_created"), Count(stats, "relationships_created"));
    }

    private static Neo4jResult ReadQueryApi(JsonElement root)
    {
        List<string> fields = [];
        List<IReadOnlyList<JsonElement>> rows = [];
        if (root.TryGetProperty("data", out var data))
        {
            if (data.TryGetProperty("fields", out var names))
            {
                fields = [.. names.EnumerateArray().Select(c => c.GetString() ?? string.Empty)];
            }

            if (data.TryGetProperty("values", out var values))
            {
                rows = [.. values.EnumerateArray().Select(v => (IReadOnlyList<JsonElement>)[.. v.EnumerateArray().Select(x => x.Clone())])];
            }
        }

        root.TryGetProperty("counters", out var counters);
        return new Neo4jResult(fields, rows, Count(counters, "nodesCreated"), Count(counters, "relationshipsCreated"));
    }

    private static long Count(JsonElement counters, string name) =>
        counters.ValueKind == JsonValueKind.Object && counters.TryGetProperty(name, out var value) && value.TryGetInt64(out long count) ? count : 0;

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The path (and query) of a discovered URL template, or the documented default.</summary>
    private static string PathOf(string? discovered, string fallback)
    {
        if (discovered is null)
        {
            return fallback;
        }

        // Templates hold "{databaseName}", which Uri would escape: cut the path out of the text itself.
        int scheme = discovered.IndexOf("://", StringComparison.Ordinal);
        int slash = scheme < 0 ? discovered.IndexOf('/', StringComparison.Ordinal) : discovered.IndexOf('/', scheme + 3);
        return slash < 0 ? fallback : discovered[slash..];
    }
}
