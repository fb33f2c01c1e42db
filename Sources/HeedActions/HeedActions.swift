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
// - Documents/: how tools show customers, orders and products (the retail JSON shape).
// - Retail/: loading a retail data set (users, products, orders) into a workspace, and exporting it back.
// - Evaluation/: replaying ground-truth tool tasks and checking the stored end state (`heed eval tools`).
//
// Arrows: HeedServer → HeedActions → HeedConversation → (HeedKnowledge, HeedStore, HeedCore). Never imports
// Hummingbird or HeedServer.
