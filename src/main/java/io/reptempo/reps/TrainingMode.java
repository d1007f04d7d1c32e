package io.reptempo.reps;

/** Normal sets, or eccentric-only sets in which every shortening phase is unwanted. */
public enum TrainingMode {
    NORMAL, ECCENTRIC_ONLY;

    public String cliName() {
        return this == NORMAL ? "normal" : "eccentric-only";
    }

    public static TrainingMode parse(String s) {
        return switch (s.trim().toLowerCase()) {
            case "normal" -> NORMAL;
            case "eccentric-only", "eccentric_only", "eccentric" -> ECCENTRIC_ONLY;
            default -> throw new IllegalArgumentException(
                    "unknown mode '" + s + "' (use normal or eccentric-only)");
        };
    }
}
