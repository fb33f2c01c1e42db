/// One operation of the HTTP API as the OpenAPI document describes it.
struct APIOperation: Sendable {
    enum Access: Sendable {
        /// No credential.
        case open
        /// Any API key of the workspace.
        case member
        /// An admin API key.
        case admin
        /// The bootstrap token, or none while no workspace exists.
        case bootstrap
        /// A chat-widget session token.
        case widget
        /// Callers on this machine (loopback), or anyone with the metrics token once one is set.
        case metrics
    }

    enum Body: Sendable {
        case none
        case schema(String)
        case list(String)
    }

    let method: String
    /// OpenAPI path, e.g. `/api/v1/agents/{id}`.
    let path: String
    let summary: String
    let tag: String
    let access: Access
    var request: String? = nil
    var success: Int = 200
    var response: Body = .none
    var query: [String] = []
}

/// Every operation Heed serves. The server test checks this list against the routes actually registered.
enum APICatalog {
    static let list = ["cursor", "limit"]
    /// A report's period: days in the workspace's time zone or ISO 8601 instants; `time=calendar|business` the clock.
    static let period = ["from", "to", "time"]

    static let operations: [APIOperation] = core + campaigns

    static let core: [APIOperation] = [
        .init(method: "get", path: "/healthz", summary: "The process answers", tag: "health", access: .open, response: .schema("Health")),
        .init(method: "get", path: "/readyz", summary: "The process and its store answer", tag: "health", access: .open, response: .schema("Health")),
        .init(method: "get", path: "/openapi.json", summary: "This document", tag: "health", access: .open),
        .init(method: "get", path: "/metrics", summary: "The server's Prometheus metrics (text format); loopback only unless a metrics token is set, then 'Authorization: Bearer <token>'", tag: "health", access: .metrics),
        .init(method: "post", path: "/api/v1/workspaces", summary: "Create a workspace with its first admin and API key", tag: "workspaces", access: .bootstrap, request: "BootstrapWorkspace", success: 201, response: .schema("ProvisionedWorkspace")),
        .init(method: "get", path: "/api/v1/workspace", summary: "The caller's workspace", tag: "workspaces", access: .member, response: .schema("Workspace")),
        .init(method: "patch", path: "/api/v1/workspace", summary: "Rename the workspace", tag: "workspaces", access: .admin, request: "UpdateWorkspace", response: .schema("Workspace")),
        .init(method: "get", path: "/api/v1/agents", summary: "List agents", tag: "agents", access: .member, response: .list("Agent"), query: list),
        .init(method: "post", path: "/api/v1/agents", summary: "Add an agent", tag: "agents", access: .admin, request: "CreateAgent", success: 201, response: .schema("Agent")),
        .init(method: "get", path: "/api/v1/agents/{id}", summary: "Get an agent", tag: "agents", access: .member, response: .schema("Agent")),
        .init(method: "patch", path: "/api/v1/agents/{id}", summary: "Change an agent", tag: "agents", access: .admin, request: "UpdateAgent", response: .schema("Agent")),
        .init(method: "delete", path: "/api/v1/agents/{id}", summary: "Remove an agent", tag: "agents", access: .admin, success: 204),
        .init(method: "get", path: "/api/v1/api-keys", summary: "List API keys (never their secrets)", tag: "api-keys", access: .admin, response: .list("APIKey"), query: list),
        .init(method: "post", path: "/api/v1/api-keys", summary: "Issue an API key; the secret is shown once", tag: "api-keys", access: .admin, request: "CreateAPIKey", success: 201, response: .schema("IssuedAPIKey")),
        .init(method: "delete", path: "/api/v1/api-keys/{id}", summary: "Revoke an API key", tag: "api-keys", access: .admin, success: 204),
        .init(method: "get", path: "/api/v1/teams", summary: "List teams", tag: "teams", access: .member, response: .list("Team"), query: list),
        .init(method: "post", path: "/api/v1/teams", summary: "Add a team", tag: "teams", access: .admin, request: "CreateTeam", success: 201, response: .schema("Team")),
        .init(method: "get", path: "/api/v1/teams/{id}", summary: "Get a team", tag: "teams", access: .member, response: .schema("Team")),
        .init(method: "patch", path: "/api/v1/teams/{id}", summary: "Change a team", tag: "teams", access: .admin, request: "UpdateTeam", response: .schema("Team")),
        .init(method: "delete", path: "/api/v1/teams/{id}", summary: "Remove a team", tag: "teams", access: .admin, success: 204),
        .init(method: "get", path: "/api/v1/customers", summary: "List or look up customers", tag: "customers", access: .member, response: .list("Customer"), query: list + ["email", "external_id"]),
        .init(method: "get", path: "/api/v1/customers/at-risk", summary: "Customers at risk of leaving (churn risk medium or high), riskiest first, with the evidence", tag: "customers", access: .member, response: .list("AtRiskCustomer"), query: ["limit"]),
        .init(method: "get", path: "/api/v1/customers/{id}/churn-risk", summary: "A customer's churn risk (0-1) and its evidence, computed from their conversations", tag: "customers", access: .member, response: .schema("ChurnRisk")),
        .init(method: "post", path: "/api/v1/customers", summary: "Add a customer", tag: "customers", access: .member, request: "CustomerInput", success: 201, response: .schema("Customer")),
        .init(method: "get", path: "/api/v1/customers/{id}", summary: "Get a customer", tag: "customers", access: .member, response: .schema("Customer")),
        .init(method: "patch", path: "/api/v1/customers/{id}", summary: "Change a customer", tag: "customers", access: .member, request: "CustomerInput", response: .schema("Customer")),
        .init(method: "delete", path: "/api/v1/customers/{id}", summary: "Erase a customer and their conversations", tag: "customers", access: .member, success: 204),
        .init(method: "get", path: "/api/v1/customers/{id}/events", summary: "A customer's behaviour events, newest first", tag: "customers", access: .member, response: .list("CustomerEvent"), query: list + ["name"]),
        .init(method: "post", path: "/api/v1/customers/{id}/events", summary: "Record a behaviour event (page_viewed, product_viewed, cart_abandoned, login or a custom name)", tag: "customers", access: .member, request: "CustomerEventInput", success: 201, response: .schema("CustomerEvent")),
        .init(method: "get", path: "/api/v1/customers/{id}/notes", summary: "The customer's memory notes, oldest first", tag: "customers", access: .member, response: .list("CustomerNote")),
        .init(method: "post", path: "/api/v1/customers/{id}/notes", summary: "Add a memory note", tag: "customers", access: .member, request: "CustomerNoteInput", success: 201, response: .schema("CustomerNote")),
        .init(method: "patch", path: "/api/v1/customers/{id}/notes/{note_id}", summary: "Change a memory note's text or kind", tag: "customers", access: .member, request: "CustomerNoteInput", response: .schema("CustomerNote")),
        .init(method: "delete", path: "/api/v1/customers/{id}/notes/{note_id}", summary: "Erase a memory note", tag: "customers", access: .member, success: 204),
        .init(method: "get", path: "/api/v1/customers/{id}/export", summary: "Everything Heed holds about a customer, as one JSON document (audited)", tag: "customers", access: .member, response: .schema("CustomerExport")),
        .init(method: "get", path: "/api/v1/conversations", summary: "List conversations, newest first", tag: "conversations", access: .member, response: .list("Conversation"), query: list + ["status", "handler", "team_id", "assignee_id", "priority", "customer_id", "unassigned"]),
        .init(method: "post", path: "/api/v1/conversations", summary: "Start a conversation", tag: "conversations", access: .member, request: "CreateConversation", success: 201, response: .schema("Conversation")),
        .init(method: "get", path: "/api/v1/conversations/{id}", summary: "Get a conversation", tag: "conversations", access: .member, response: .schema("Conversation")),
        .init(method: "patch", path: "/api/v1/conversations/{id}", summary: "Change status, handler, assignee, team, priority or tags", tag: "conversations", access: .member, request: "UpdateConversation", response: .schema("Conversation")),
        .init(method: "get", path: "/api/v1/conversations/{id}/messages", summary: "List a conversation's messages, oldest first", tag: "conversations", access: .member, response: .list("Message"), query: list),
        .init(method: "post", path: "/api/v1/conversations/{id}/messages", summary: "Post a message (idempotent by client_message_id: 201 new, 200 replay)", tag: "conversations", access: .member, request: "PostMessage", success: 201, response: .schema("PostedMessage")),
        .init(method: "get", path: "/api/v1/articles", summary: "List knowledge articles", tag: "articles", access: .member, response: .list("Article"), query: list + ["language", "visibility"]),
        .init(method: "post", path: "/api/v1/articles", summary: "Add an article", tag: "articles", access: .member, request: "CreateArticle", success: 201, response: .schema("Article")),
        .init(method: "post", path: "/api/v1/articles/import", summary: "Import or re-import files (Markdown, HTML, text, FAQ CSV/JSONL) as articles: adds, updates, removes what is gone", tag: "articles", access: .member, request: "ArticleImport", response: .schema("ArticleImportSummary")),
        .init(method: "get", path: "/api/v1/articles/{id}", summary: "Get an article", tag: "articles", access: .member, response: .schema("Article")),
        .init(method: "patch", path: "/api/v1/articles/{id}", summary: "Change an article (its version increases)", tag: "articles", access: .member, request: "UpdateArticle", response: .schema("Article")),
        .init(method: "delete", path: "/api/v1/articles/{id}", summary: "Remove an article", tag: "articles", access: .member, success: 204),
        .init(method: "get", path: "/api/v1/conversations/{id}/handoff", summary: "The hand-off package: summary, intents, emotion trend, customer, AI attempts, suggested replies", tag: "conversations", access: .member, response: .schema("HandoffPackage")),
        .init(method: "get", path: "/api/v1/policy", summary: "The AI agent's policy: hand-off thresholds, SLA targets, routing map", tag: "policy", access: .member, response: .schema("WorkspacePolicy")),
        .init(method: "put", path: "/api/v1/policy", summary: "Replace the policy (missing fields take defaults)", tag: "policy", access: .admin, request: "WorkspacePolicy", response: .schema("WorkspacePolicy")),
        .init(method: "get", path: "/api/v1/policy/routing/examples", summary: "What routing learned: its teams, example count and examples", tag: "policy", access: .member, response: .schema("LearnedRouting")),
        .init(method: "post", path: "/api/v1/policy/routing/examples", summary: "Train the default routing from labelled examples (at least two teams, three examples each); replaces the last training", tag: "policy", access: .admin, request: "RoutingExamples", response: .schema("LearnedRouting")),
        .init(method: "delete", path: "/api/v1/policy/routing/examples", summary: "Forget the learned routing", tag: "policy", access: .admin, response: .schema("LearnedRouting")),
        .init(method: "post", path: "/api/v1/channels/email/inbound", summary: "An inbound e-mail (parsed): one conversation per thread, idempotent by message_id; a reply to a survey e-mail that starts with a score 1-5 is the conversation's rating instead (answers with the Feedback)", tag: "channels", access: .member, request: "InboundEmail", success: 201, response: .schema("PostedMessage")),
        .init(method: "get", path: "/api/v1/events", summary: "Live workspace events for agents (text/event-stream)", tag: "events", access: .member),
        .init(method: "post", path: "/api/v1/widget/sessions", summary: "Open a chat-widget session for a visitor or a signed customer", tag: "widget", access: .open, request: "CreateWidgetSession", success: 201, response: .schema("WidgetSession")),
        .init(method: "get", path: "/api/v1/widget/conversation", summary: "The customer's current conversation and its messages", tag: "widget", access: .widget, query: ["conversation_id"]),
        .init(method: "post", path: "/api/v1/widget/messages", summary: "Send the customer's message; answers with the AI's reply", tag: "widget", access: .widget, request: "WidgetMessage", success: 201, response: .schema("PostedMessage")),
        .init(method: "post", path: "/api/v1/widget/events", summary: "Record a behaviour event of the session's customer (Heed.track)", tag: "widget", access: .widget, request: "CustomerEventInput", success: 201, response: .schema("CustomerEvent")),
        .init(method: "post", path: "/api/v1/widget/handoff", summary: "The customer asks for a human", tag: "widget", access: .widget, response: .schema("Conversation")),
        .init(method: "post", path: "/api/v1/widget/feedback", summary: "Rate an AI answer helpful or not (again: replaces)", tag: "widget", access: .widget, request: "WidgetRating", success: 201, response: .schema("Feedback")),
        .init(method: "post", path: "/api/v1/widget/csat", summary: "Rate satisfaction with a resolved conversation, 1-5 (again: replaces)", tag: "widget", access: .widget, request: "WidgetSatisfaction", success: 201, response: .schema("Feedback")),
        .init(method: "post", path: "/api/v1/widget/nps", summary: "Say how likely you are to recommend us, 0-10, once resolved (again: replaces)", tag: "widget", access: .widget, request: "WidgetSatisfaction", success: 201, response: .schema("Feedback")),
        .init(method: "post", path: "/api/v1/console/sessions", summary: "Sign in to the console: sets the session cookie, returns the CSRF token", tag: "console", access: .open, request: "ConsoleSignIn", success: 201, response: .schema("ConsoleSession")),
        .init(method: "get", path: "/api/v1/console/session", summary: "The signed-in agent (from the session cookie)", tag: "console", access: .open, response: .schema("ConsoleSession")),
        .init(method: "delete", path: "/api/v1/console/session", summary: "Sign out", tag: "console", access: .open, success: 204),
        .init(method: "put", path: "/api/v1/agents/{id}/password", summary: "Set an agent's console password (admins, or agents themselves with current_password)", tag: "agents", access: .member, request: "SetPassword", success: 204),
        .init(method: "get", path: "/api/v1/conversations/{id}/tool-calls", summary: "The tools the AI called in the conversation: arguments (personal data redacted), outcome, result, who approved", tag: "conversations", access: .member, response: .list("ToolCall")),
        .init(method: "post", path: "/api/v1/conversations/{id}/tool-calls", summary: "Run a built-in tool for the conversation's customer (an agent from the customer panel); a write answers what it will change until sent with confirm", tag: "conversations", access: .member, request: "RunTool", response: .schema("ToolRun")),
        .init(method: "get", path: "/api/v1/conversations/{id}/feedback", summary: "CSAT, answer ratings and flags of a conversation", tag: "conversations", access: .member, response: .list("Feedback")),
        .init(method: "post", path: "/api/v1/conversations/{id}/messages/{message_id}/flags", summary: "Flag an AI answer with the correction it should have given", tag: "conversations", access: .member, request: "FlagAnswer", success: 201, response: .schema("Feedback")),
        .init(method: "get", path: "/api/v1/knowledge/search", summary: "Search the knowledge base, internal articles included", tag: "articles", access: .member, response: .list("KnowledgeHit"), query: ["q", "language", "limit"]),
        .init(method: "get", path: "/api/v1/settings/model-provider", summary: "The model provider answering for the workspace (never its key)", tag: "settings", access: .member, response: .schema("ModelProvider")),
        .init(method: "put", path: "/api/v1/settings/model-provider", summary: "Use the workspace's own OpenAI-compatible provider", tag: "settings", access: .admin, request: "SetModelProvider", response: .schema("ModelProvider")),
        .init(method: "delete", path: "/api/v1/settings/model-provider", summary: "Stop using the workspace's own provider", tag: "settings", access: .admin, response: .schema("ModelProvider")),
        .init(method: "get", path: "/api/v1/audit-events", summary: "Who did what, newest first", tag: "audit", access: .admin, response: .list("AuditEvent"), query: list),
        .init(method: "get", path: "/api/v1/rules", summary: "List automation rules, in the order they run", tag: "rules", access: .member, response: .list("Rule"), query: list),
        .init(method: "post", path: "/api/v1/rules", summary: "Add a rule: trigger, condition (all/any/not over fields), actions", tag: "rules", access: .admin, request: "RuleInput", success: 201, response: .schema("Rule")),
        .init(method: "get", path: "/api/v1/rules/{id}", summary: "Get a rule (webhook secrets left out)", tag: "rules", access: .member, response: .schema("Rule")),
        .init(method: "patch", path: "/api/v1/rules/{id}", summary: "Change a rule (a webhook sent without its secret keeps the one it had)", tag: "rules", access: .admin, request: "RuleInput", response: .schema("Rule")),
        .init(method: "delete", path: "/api/v1/rules/{id}", summary: "Remove a rule (its runs stay audited)", tag: "rules", access: .admin, success: 204),
        .init(method: "get", path: "/api/v1/macros", summary: "List canned replies", tag: "macros", access: .member, response: .list("Macro"), query: list),
        .init(method: "post", path: "/api/v1/macros", summary: "Add a canned reply: a name and a text per language with placeholders", tag: "macros", access: .admin, request: "MacroInput", success: 201, response: .schema("Macro")),
        .init(method: "get", path: "/api/v1/macros/{id}", summary: "Get a canned reply", tag: "macros", access: .member, response: .schema("Macro")),
        .init(method: "patch", path: "/api/v1/macros/{id}", summary: "Change a canned reply", tag: "macros", access: .admin, request: "MacroInput", response: .schema("Macro")),
        .init(method: "delete", path: "/api/v1/macros/{id}", summary: "Remove a canned reply", tag: "macros", access: .admin, success: 204),
        .init(method: "post", path: "/api/v1/macros/{id}/render", summary: "A canned reply filled in for a conversation (its customer's language, the caller as agent)", tag: "macros", access: .member, request: "RenderMacro", response: .schema("RenderedMacro")),
        .init(method: "get", path: "/api/v1/tools", summary: "List the workspace's declared HTTP tools (secrets left out)", tag: "tools", access: .admin, response: .list("DeclaredTool"), query: list),
        .init(method: "post", path: "/api/v1/tools", summary: "Declare an HTTP tool the model may call: URL template, method, parameters, auth, timeout, response fields", tag: "tools", access: .admin, request: "DeclaredToolInput", success: 201, response: .schema("DeclaredTool")),
        .init(method: "get", path: "/api/v1/tools/{id}", summary: "Get a declared tool (its secret is never shown, only whether one is set)", tag: "tools", access: .admin, response: .schema("DeclaredTool")),
        .init(method: "patch", path: "/api/v1/tools/{id}", summary: "Change a declared tool (a secret not sent is kept, unless the URL moves to another host)", tag: "tools", access: .admin, request: "DeclaredToolInput", response: .schema("DeclaredTool")),
        .init(method: "delete", path: "/api/v1/tools/{id}", summary: "Remove a declared tool (its calls stay audited)", tag: "tools", access: .admin, success: 204),
        .init(method: "get", path: "/api/v1/rules/{id}/runs", summary: "The rule's runs: event, conversation, each action's outcome", tag: "rules", access: .member, response: .list("AuditEvent"), query: list),
        .init(method: "get", path: "/api/v1/review-queue", summary: "What to review: 👎 on AI answers, ratings of 1–2, agents' flags and questions handed off for want of an answer (30 days), newest first; reviewed=true lists decided ones too", tag: "review", access: .member, response: .list("ReviewItem"), query: ["limit", "reviewed"]),
        .init(method: "post", path: "/api/v1/review-queue/check", summary: "What teaching an article a question would do, on a copy of the index: whether it then finds the article first, and which answered questions it would break", tag: "review", access: .member, request: "ReviewDecision", response: .schema("LearningCheck")),
        .init(method: "post", path: "/api/v1/review-queue/learn", summary: "Teach the article the question when the check passes (422 learning_ineffective, 409 learning_regressed otherwise) and mark the item learned", tag: "review", access: .member, request: "ReviewDecision", response: .schema("LearnedQuestion")),
        .init(method: "post", path: "/api/v1/review-queue/draft", summary: "Write a draft article (internal, tagged draft) from a correction and mark the item drafted", tag: "review", access: .member, request: "ReviewDecision", success: 201, response: .schema("Article")),
        .init(method: "post", path: "/api/v1/review-queue/dismiss", summary: "Mark a review item looked at, nothing to change", tag: "review", access: .member, request: "ReviewDecision", success: 204),
        .init(method: "get", path: "/api/v1/reports/summary", summary: "Every KPI of a period, the previous period and AI vs human", tag: "reports", access: .member, response: .schema("SummaryReport"), query: period),
        .init(method: "get", path: "/api/v1/reports/breakdown", summary: "The KPIs per team, agent, channel, language, intent, priority or tier", tag: "reports", access: .member, response: .schema("BreakdownReport"), query: period + ["by"]),
        .init(method: "get", path: "/api/v1/reports/timeseries", summary: "One KPI per day or week", tag: "reports", access: .member, response: .schema("TimeSeriesReport"), query: period + ["metric", "interval"]),
        .init(method: "get", path: "/api/v1/reports/conversations", summary: "The conversations behind a figure: a period's (optionally one dimension's value: by=team&value=ID), newest first, with their measures", tag: "reports", access: .member, response: .schema("ConversationsReport"), query: period + ["by", "value", "limit"]),
        .init(method: "get", path: "/api/v1/reports/quality", summary: "Quality review per agent: each agent's mean total (0–100) and criteria (0–1) over the period's resolved conversations they replied in (the newest 500)", tag: "reports", access: .member, response: .schema("QualityReport"), query: ["from", "to"]),
        .init(method: "get", path: "/api/v1/quality/conversations/{id}", summary: "The quality review of a resolved conversation: the embedded rubric's scores (greeting, empathy, solution, tone, clarity, closing, response time), a lead's override over them, the total", tag: "reports", access: .member, response: .schema("QualityReview")),
        .init(method: "put", path: "/api/v1/quality/conversations/{id}", summary: "A lead's override of a conversation's quality scores (criteria 0–1) with a note", tag: "reports", access: .admin, request: "QualityOverrideRequest", response: .schema("QualityReview")),
        .init(method: "get", path: "/api/v1/reports/conversations.csv", summary: "One CSV row per conversation of a period, with its measures", tag: "reports", access: .member, query: period),
    ]
}
