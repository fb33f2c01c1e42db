// HeedActions: the tools the AI agent may call during a turn's "act" step, on the customer's own data.
//
// - Registry/: typed tool definitions (name, description, JSON-schema parameters, read or write, confirmation),
//   emitted in OpenAI function-calling format.
// - Session/: one ToolSession per conversation, the single entry point a conversation layer calls. It holds the
//   verified customer and enforces the policy in code: identify first, one customer per conversation, only that
//   customer's orders, and an explicit confirmation before every write.
// - Tools/: the built-in commerce tools (the τ-bench retail tool set) over Heed's store.
// - Dialogue/: the embedded engine's order dialogue (OrderDialogueActor, the turn pipeline's TurnActor): order
//   intents in en, vi, ms, id, lv, visitor verification, slot filling, an explicit yes before each write, answers
//   quoting the tool results; its state is stored per conversation. It reaches data only through a ToolSession.
// - ModelLoop/: with an OpenAI-compatible provider, the turn pipeline's TurnActor (ModelToolActor): the model gets
//   the tools as function definitions and may call them in a bounded loop; ModelToolGate runs each call through
//   the ToolSession and holds every write until the customer's explicit yes in a later turn; what goes to the
//   provider is redacted (placeholders restored locally) and tool results are shielded from injected instructions.
//   Without a provider, or when it fails, the embedded order dialogue acts.
// - HTTPTools/: workspace-declared HTTP tools (DeclaredHTTPTool, an ExternalTool): URL template, auth, timeout,
//   response mapping, the conversation and verified customer as headers, through HeedNetwork's NetworkGuard that
//   refuses private, loopback, link-local and the server's own addresses unless an admin allowed them.
// - Documents/: how tools show customers, orders and products (the retail JSON shape).
// - Retail/: loading a retail data set (users, products, orders) into a workspace, and exporting it back.
// - Evaluation/: replaying ground-truth tool tasks and checking the stored end state (`heed eval tools`).
//
// Arrows: HeedServer → HeedActions → HeedConversation → (HeedKnowledge, HeedStore, HeedCore). Never imports
// Hummingbird or HeedServer.
