import Foundation
import HeedAutomation
import HeedKnowledge
import Logging

/// Everything a Heed server needs to start; built by the CLI from flags and environment, and by tests directly.
public struct AppConfiguration: Sendable {
    /// Address to listen on.
    public var host: String
    /// Port to listen on; 0 picks a free one.
    public var port: Int
    /// Folder for the embedded database and other local data.
    public var dataDirectory: String
    /// `postgres://…` to use PostgreSQL, `sqlite:PATH` for a given SQLite file; nil for `heed.sqlite` in the data folder.
    public var databaseURL: String?
    public var logLevel: Logger.Level
    /// Largest request body accepted, in bytes.
    public var maxBodyBytes: Int
    /// Secret that allows creating workspaces through the API once one exists (nil: only the first one).
    public var bootstrapToken: String?
    /// Seed the demo workspace at start (once).
    public var seedDemo: Bool
    /// Fixed secret for the demo admin's API key, so scripts can use it.
    public var demoAdminKey: String?
    /// An OpenAI-compatible model provider for fluent answers; nil: the embedded engine answers.
    public var llm: LLMProviderConfiguration?
    /// Serve the widget, demo and console files from this folder, read on every request (development); nil: the
    /// files bundled with Heed.
    public var webRoot: String?
    /// Mark the console's session cookie Secure: set when Heed is reached over HTTPS (directly or via a proxy).
    public var secureCookies = false
    /// Reverse proxies whose `X-Forwarded-For` is believed for the client's address (rate limits); none by default.
    public var trustedProxies = TrustedProxies.none
    /// Rate limits of the chat widget's anonymous callers (429 with `Retry-After` above them).
    public var widgetLimits = WidgetLimits()
    /// Longest wait for a new connection's first request line and headers (408 after it).
    public var requestHeadTimeout: Duration = .seconds(15)
    /// Most bytes a request line and its headers may take (431 above it).
    public var maxRequestHeadBytes = 32 * 1024
    /// An HTTP keep-alive connection with nothing to do is closed after this long (WebSockets are not affected).
    public var idleTimeout: Duration = .seconds(60)
    /// bcrypt work factor for agents' passwords (tests lower it to stay fast).
    public var passwordHashCost: UInt8 = 10
    /// Password every demo agent gets when the demo is seeded, so the console can be tried at once.
    public var demoAgentPassword = "heed-demo-password"
    /// With ``seedDemo``: past conversations seeded over the eight weeks before the demo's creation, so its
    /// reports show figures at once (`heed serve --demo` seeds 320; tests none unless they ask).
    public var demoHistoryConversations = 0
    /// Print the demo's URL and admin key at start (the CLI does; benchmarks do not).
    public var announceDemo = true
    /// Seed the retail demo workspace at start (once) from the retail data set in this folder; nil: no retail demo.
    public var retailDemoDataFolder: String?
    /// Seed a company at start (once) from a folder laid out like the bundled demo, under
    /// ``companyFolderPublicKey``, with ``demoAdminKey`` as an admin key; nil: none. Evaluations use it.
    public var companyFolder: String?
    /// The public (widget) key of the company seeded from ``companyFolder``.
    public var companyFolderPublicKey = "pk_company"
    /// Secret a Prometheus scraper sends (`Authorization: Bearer …`) for `GET /metrics`; nil: the metrics are
    /// served to loopback callers only.
    public var metricsToken: String?
    /// Told how long each customer turn took inside the server (for benchmarks; `/metrics` hears it too).
    public var turnObserver: (@Sendable (Duration) -> Void)?
    /// Whether to load the pretrained sentence encoder (from `$HEED_MODEL_DIR` or `.heed-models/`) for dense-first
    /// knowledge retrieval. Off by default (tests stay lexical); `heed serve` turns it on. Without weights the server
    /// logs so and stays lexical.
    public var loadSentenceEncoder = false
    /// The SMTP server outgoing e-mail goes to (survey e-mails, assignees' SLA reminders); nil: no e-mail is sent.
    public var smtp: SMTPSettings?
    /// Longest wait for a model-written hand-off summary before the extractive one is shown instead.
    public var handoffSummaryTimeout: Duration = .seconds(8)

    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String = "./heed-data", databaseURL: String? = nil,
        logLevel: Logger.Level = .info, maxBodyBytes: Int = 1 << 20, bootstrapToken: String? = nil,
        seedDemo: Bool = false, demoAdminKey: String? = nil, llm: LLMProviderConfiguration? = nil
    ) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.logLevel = logLevel
        self.maxBodyBytes = maxBodyBytes
        self.bootstrapToken = bootstrapToken
        self.seedDemo = seedDemo
        self.demoAdminKey = demoAdminKey
        self.llm = llm
    }
}
