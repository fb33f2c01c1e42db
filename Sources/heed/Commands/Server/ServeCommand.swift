import ArgumentParser
import HeedAutomation
import HeedKnowledge
import HeedServer

/// `heed serve`: runs the support-desk server until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the Heed server (SQLite by default, PostgreSQL with --database-url).")

    @Option(help: "Address to listen on (env HEED_HOST; default 127.0.0.1).")
    var host: String?

    @Option(help: "Port to listen on (env HEED_PORT; default 8080).")
    var port: Int?

    @OptionGroup var store: StoreOptions

    @Flag(help: "Create the demo workspace (an electronics shop) once, and print its URL and admin API key.")
    var demo = false

    @Flag(name: .customLong("demo-retail"), help: "Create the retail demo workspace once, loaded from the retail data set (see --retail-data).")
    var demoRetail = false

    @Option(name: .customLong("retail-data"), help: "With --demo-retail: the folder with users.json, products.json and orders.json (default ../shared/data/tau_bench_retail).")
    var retailData: String?

    @Option(name: .customLong("demo-history"), help: "With --demo: past conversations to seed over the eight weeks before, so the reports show figures at once (default 320; 0 for none).")
    var demoHistory = 320

    @Option(name: .customLong("admin-key"), help: "With --demo: use this secret as the demo admin API key (env HEED_ADMIN_KEY).")
    var adminKey: String?

    @Option(name: .customLong("bootstrap-token"), help: "Secret that allows creating more workspaces through the API (env HEED_BOOTSTRAP_TOKEN).")
    var bootstrapToken: String?

    @Option(name: .customLong("max-body-bytes"), help: "Largest request body accepted (default 1048576).")
    var maxBodyBytes: Int = 1 << 20

    @Option(name: .customLong("web-root"), help: "Serve the widget, demo and console from this folder, re-read on every request, for working on them (env HEED_WEB_ROOT).")
    var webRoot: String?

    @Flag(name: .customLong("secure-cookies"), help: "Mark the console's session cookie Secure: Heed is reached over HTTPS (env HEED_SECURE_COOKIES=1). Requests a proxy marks 'X-Forwarded-Proto: https' get it anyway.")
    var secureCookies = false

    @Option(name: .customLong("trusted-proxy"), help: "A load balancer or reverse proxy (IP or IPv4 range, repeatable) whose X-Forwarded-For header gives the client's address for rate limits (env HEED_TRUSTED_PROXIES, comma-separated). None by default: the header is ignored.")
    var trustedProxies: [String] = []

    @Flag(name: .customLong("no-encoder"), help: "Do not load the pretrained sentence encoder: lexical knowledge retrieval only (env HEED_ENCODER=off).")
    var noEncoder = false

    @Option(name: .customLong("smtp-url"), help: "Outgoing e-mail (survey e-mails, SLA reminders): smtp://user:password@host:587?security=starttls|starttls-required|none&from=support@example.com&from_name=Support (env HEED_SMTP_URL). None by default: no e-mail is sent.")
    var smtpURL: String?

    @OptionGroup var provider: ProviderOptions

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535.") }
        if maxBodyBytes < 1024 { throw ValidationError("--max-body-bytes must be at least 1024.") }
        do {
            _ = try TrustedProxies(proxySpecifications)
        } catch {
            throw ValidationError(error.description)
        }
        if let url = smtpURL ?? Environment.value("HEED_SMTP_URL"), SMTPSettings(url: url) == nil {
            throw ValidationError("--smtp-url must look like smtp://user:password@host:587?from=support@example.com.")
        }
        if let key = adminKey ?? Environment.value("HEED_ADMIN_KEY"), key.count < 16 {
            throw ValidationError("--admin-key must be at least 16 characters.")
        }
    }

    func run() async throws {
        let level = try store.resolvedLogLevel()
        let logger = LoggingSetup.bootstrap(level: level)
        var configuration = AppConfiguration(
            host: host ?? Environment.value("HEED_HOST") ?? "127.0.0.1",
            port: port ?? Environment.value("HEED_PORT").flatMap(Int.init) ?? 8080,
            dataDirectory: store.resolvedDataDirectory,
            databaseURL: store.resolvedDatabaseURL,
            logLevel: level,
            maxBodyBytes: maxBodyBytes,
            bootstrapToken: bootstrapToken ?? Environment.value("HEED_BOOTSTRAP_TOKEN"),
            seedDemo: demo,
            demoAdminKey: adminKey ?? Environment.value("HEED_ADMIN_KEY"),
            llm: LLMProviderConfiguration.resolve(
                baseURL: provider.baseURL, model: provider.model, apiKey: provider.apiKey))
        configuration.webRoot = webRoot ?? Environment.value("HEED_WEB_ROOT")
        configuration.metricsToken = Environment.value("HEED_METRICS_TOKEN")
        configuration.demoHistoryConversations = demoHistory
        configuration.trustedProxies = try TrustedProxies(proxySpecifications)
        configuration.secureCookies = secureCookies || ["1", "true", "yes"].contains(Environment.value("HEED_SECURE_COOKIES")?.lowercased() ?? "")
        configuration.loadSentenceEncoder = !noEncoder && Environment.value("HEED_ENCODER")?.lowercased() != "off"
        configuration.smtp = (smtpURL ?? Environment.value("HEED_SMTP_URL")).flatMap { SMTPSettings(url: $0) }
        if demoRetail { configuration.retailDemoDataFolder = retailData ?? RetailDemoSeeder.defaultDataFolder }
        let app = try await buildApplication(configuration, logger: logger)
        try await app.runService()
    }

    /// `--trusted-proxy` values, else `HEED_TRUSTED_PROXIES`.
    private var proxySpecifications: [String] {
        if !trustedProxies.isEmpty { return trustedProxies }
        return (Environment.value("HEED_TRUSTED_PROXIES") ?? "").split(separator: ",").map(String.init)
    }
}
