extension SQLSupportStore {
    /// The cluster's job queue, in this store's database.
    public var jobs: SQLJobQueue { SQLJobQueue(engine: engine) }
}
