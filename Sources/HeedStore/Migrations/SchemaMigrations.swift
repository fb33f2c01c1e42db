/// Heed's schema history, oldest first. Never edit a released migration: add a new one.
///
/// Every record is stored as a JSON document (`doc`) plus the columns that queries filter, sort or enforce
/// uniqueness on. Ids are UUID text; times are microseconds since 1970 (BIGINT), portable across both engines.
enum SchemaMigrations {
    static let all: [Migration] = [
        Migration(
            version: 1, name: "initial schema",
            statements: [
                """
                CREATE TABLE workspaces (
                    id TEXT PRIMARY KEY, public_key TEXT NOT NULL UNIQUE,
                    created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                """
                CREATE TABLE api_keys (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    secret_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE INDEX api_keys_workspace ON api_keys (workspace_id, created_at)",
                """
                CREATE TABLE agents (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    email_key TEXT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX agents_email ON agents (workspace_id, email_key)",
                """
                CREATE TABLE teams (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    name_key TEXT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX teams_name ON teams (workspace_id, name_key)",
                """
                CREATE TABLE customers (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    external_id TEXT, email_key TEXT, name_key TEXT, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX customers_external ON customers (workspace_id, external_id)",
                "CREATE INDEX customers_email ON customers (workspace_id, email_key)",
                "CREATE INDEX customers_created ON customers (workspace_id, created_at)",
                """
                CREATE TABLE conversations (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                    status TEXT NOT NULL, handler TEXT NOT NULL, team_id TEXT, assignee_id TEXT,
                    priority TEXT NOT NULL, channel TEXT NOT NULL, external_thread_id TEXT,
                    created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE INDEX conversations_list ON conversations (workspace_id, created_at)",
                "CREATE INDEX conversations_status ON conversations (workspace_id, status, created_at)",
                "CREATE INDEX conversations_customer ON conversations (workspace_id, customer_id)",
                "CREATE UNIQUE INDEX conversations_thread ON conversations (workspace_id, external_thread_id)",
                """
                CREATE TABLE messages (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                    sequence BIGINT NOT NULL, client_message_id TEXT, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX messages_sequence ON messages (conversation_id, sequence)",
                "CREATE UNIQUE INDEX messages_client_id ON messages (conversation_id, client_message_id)",
                """
                CREATE TABLE articles (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    external_id TEXT, language TEXT NOT NULL, visibility TEXT NOT NULL,
                    created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX articles_external ON articles (workspace_id, external_id)",
                "CREATE INDEX articles_created ON articles (workspace_id, created_at)",
                """
                CREATE TABLE audit_events (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    action TEXT NOT NULL, subject_id TEXT, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE INDEX audit_events_list ON audit_events (workspace_id, created_at)",
            ]
        ),
        Migration(
            version: 2, name: "widget sessions",
            statements: [
                """
                CREATE TABLE widget_sessions (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                    token_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """
            ]
        ),
        Migration(
            version: 3, name: "console sign-in and feedback",
            statements: [
                """
                CREATE TABLE agent_credentials (
                    id TEXT PRIMARY KEY REFERENCES agents(id) ON DELETE CASCADE,
                    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    email_key TEXT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE INDEX agent_credentials_email ON agent_credentials (email_key)",
                """
                CREATE TABLE console_sessions (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
                    token_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                """
                CREATE TABLE feedback (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                    message_id TEXT, kind TEXT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE INDEX feedback_conversation ON feedback (workspace_id, conversation_id, created_at)",
                "CREATE INDEX feedback_kind ON feedback (workspace_id, kind, created_at)",
            ]
        ),
        Migration(
            version: 4, name: "learned routing models",
            statements: [
                // One row per workspace: the id is the workspace's id. The model's bytes are base64 in the document.
                """
                CREATE TABLE routing_models (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL UNIQUE REFERENCES workspaces(id) ON DELETE CASCADE,
                    created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """
            ]
        ),
        Migration(
            version: 5, name: "commerce orders and products",
            statements: [
                """
                CREATE TABLE orders (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                    number TEXT NOT NULL, status TEXT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX orders_number ON orders (workspace_id, number)",
                "CREATE INDEX orders_customer ON orders (workspace_id, customer_id, created_at)",
                "CREATE INDEX orders_created ON orders (workspace_id, created_at)",
                """
                CREATE TABLE products (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    external_id TEXT NOT NULL, name_key TEXT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX products_external ON products (workspace_id, external_id)",
                "CREATE INDEX products_created ON products (workspace_id, created_at)",
                // Which product each variant (item id) belongs to, kept in step with the product's document.
                """
                CREATE TABLE product_items (
                    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    item_id TEXT NOT NULL, product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
                    PRIMARY KEY (workspace_id, item_id))
                """,
                "CREATE INDEX product_items_product ON product_items (product_id)",
            ]
        ),
        Migration(
            version: 6, name: "event log",
            // The cluster's event bus: one row per event, numbered by a global sequence every node reads in order.
            statements: [
                """
                CREATE TABLE event_log (
                    sequence INTEGER PRIMARY KEY AUTOINCREMENT, origin TEXT NOT NULL, kind TEXT NOT NULL,
                    workspace_id TEXT NOT NULL, conversation_id TEXT, customer_id TEXT, subject_id TEXT,
                    payload TEXT NOT NULL, created_at BIGINT NOT NULL)
                """,
                "CREATE INDEX event_log_created ON event_log (created_at)",
            ],
            postgresStatements: [
                """
                CREATE TABLE event_log (
                    sequence BIGSERIAL PRIMARY KEY, origin TEXT NOT NULL, kind TEXT NOT NULL,
                    workspace_id TEXT NOT NULL, conversation_id TEXT, customer_id TEXT, subject_id TEXT,
                    payload TEXT NOT NULL, created_at BIGINT NOT NULL)
                """,
                "CREATE INDEX event_log_created ON event_log (created_at)",
            ]
        ),
        Migration(
            version: 7, name: "conversation dialogue state",
            statements: [
                // One row per conversation: the id is the conversation's id.
                """
                CREATE TABLE conversation_dialogues (
                    id TEXT PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
                    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """
            ]
        ),
        Migration(
            version: 8, name: "reporting events",
            // What reports aggregate: one row per thing that happened to a conversation, with the dimensions known
            // then. Rows carry no personal data and outlive the conversation (retention deletes conversations, not
            // the figures about them); a workspace's removal removes them.
            statements: [
                """
                CREATE TABLE report_events (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    conversation_id TEXT NOT NULL, kind TEXT NOT NULL, occurred_at BIGINT NOT NULL,
                    conversation_created_at BIGINT NOT NULL, agent_id TEXT, message_id TEXT, value DOUBLE PRECISION,
                    detail TEXT, channel TEXT, team_id TEXT, priority TEXT, language TEXT, intent TEXT,
                    customer_tier TEXT, first_response_due_at BIGINT, resolution_due_at BIGINT)
                """,
                """
                CREATE INDEX report_events_period
                    ON report_events (workspace_id, conversation_created_at, conversation_id, occurred_at)
                """,
            ]
        ),
        Migration(
            version: 9, name: "automation rules and macros",
            statements: [
                """
                CREATE TABLE rules (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    trigger_event TEXT NOT NULL, enabled BIGINT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                // The rules an event looks up: one workspace's enabled rules for one trigger, in order.
                "CREATE INDEX rules_trigger ON rules (workspace_id, trigger_event, enabled, created_at)",
                // Canned replies for the composer, one name each per workspace.
                """
                CREATE TABLE macros (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    name_key TEXT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX macros_name ON macros (workspace_id, name_key)",
            ]
        ),
        Migration(
            version: 10, name: "customer behaviour events and memory notes",
            statements: [
                """
                CREATE TABLE customer_events (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                    name TEXT NOT NULL, occurred_at BIGINT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE INDEX customer_events_customer ON customer_events (workspace_id, customer_id, occurred_at)",
                "CREATE INDEX customer_events_occurred ON customer_events (workspace_id, occurred_at)",
                """
                CREATE TABLE customer_notes (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                    created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE INDEX customer_notes_customer ON customer_notes (workspace_id, customer_id, created_at)",
            ]
        ),
        Migration(
            version: 11, name: "cluster jobs",
            statements: [
                // Work done once per cluster, claimed with a lease (see SQLJobQueue); one job per key.
                """
                CREATE TABLE jobs (
                    id TEXT PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL,
                    run_at BIGINT NOT NULL, lease_until BIGINT, leased_by TEXT, attempts BIGINT NOT NULL,
                    last_error TEXT, created_at BIGINT NOT NULL)
                """,
                "CREATE INDEX jobs_due ON jobs (kind, run_at)",
            ]
        ),
        Migration(
            version: 12, name: "workspace-declared HTTP tools",
            statements: [
                // Tools a workspace declares for its own backend, one name each per workspace.
                """
                CREATE TABLE declared_tools (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    name_key TEXT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX declared_tools_name ON declared_tools (workspace_id, name_key)",
            ]
        ),
        Migration(
            version: 15, name: "proactive campaigns",
            statements: [
                """
                CREATE TABLE campaigns (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    status TEXT NOT NULL, created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE INDEX campaigns_status ON campaigns (workspace_id, status, created_at)",
                // One message per campaign and customer: the unique key is what stops two nodes sending it twice.
                """
                CREATE TABLE campaign_deliveries (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
                    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                    channel TEXT NOT NULL, created_at BIGINT NOT NULL, opened_at BIGINT, replied_at BIGINT,
                    opted_out_at BIGINT, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX campaign_deliveries_once ON campaign_deliveries (campaign_id, customer_id)",
                """
                CREATE INDEX campaign_deliveries_customer
                    ON campaign_deliveries (workspace_id, customer_id, created_at)
                """,
                "CREATE INDEX campaign_deliveries_campaign ON campaign_deliveries (workspace_id, campaign_id, created_at)",
            ]
        ),
        Migration(
            version: 17, name: "per-conversation report facts",
            statements: [
                // What reports derived from each conversation's events (see StoredReportFacts); `version` rises
                // and `facts` clears with each new event, in the event's transaction.
                """
                CREATE TABLE report_conversations (
                    conversation_id TEXT PRIMARY KEY,
                    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    conversation_created_at BIGINT NOT NULL, version BIGINT NOT NULL, facts TEXT)
                """,
                """
                CREATE INDEX report_conversations_period
                    ON report_conversations (workspace_id, conversation_created_at, conversation_id)
                """,
                "CREATE INDEX report_events_conversation ON report_events (conversation_id, occurred_at)",
                // Events of one kind (the review queue's hand-offs for want of an answer).
                "CREATE INDEX report_events_kind ON report_events (workspace_id, kind, occurred_at)",
                // Conversations recorded before this table: stale rows, derived by the next report.
                """
                INSERT INTO report_conversations
                    (conversation_id, workspace_id, conversation_created_at, version, facts)
                SELECT conversation_id, MIN(workspace_id), MIN(conversation_created_at), 1, NULL
                FROM report_events GROUP BY conversation_id
                """,
            ]
        ),
        Migration(
            version: 18, name: "quality review overrides",
            statements: [
                // A lead's correction of a conversation's embedded quality review; one per conversation.
                """
                CREATE TABLE quality_overrides (
                    id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
                    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
                    created_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX quality_overrides_conversation ON quality_overrides (workspace_id, conversation_id)",
            ]
        ),
    ]
}
