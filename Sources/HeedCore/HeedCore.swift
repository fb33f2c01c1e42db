/// HeedCore: domain values and pure policies.
public enum HeedCore {}
