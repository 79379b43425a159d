package io.teamsdr.provisioning;

/** What a planned action does to its subject. */
public enum ActionKind {
    /** Creates the subject, or (for a Fusion user) gives it a number and enables voice. */
    ADD('+'),
    /** Changes some values of an existing subject. */
    CHANGE('~'),
    /** Deletes the subject, or (for a Fusion user) releases its number and disables voice. */
    REMOVE('-');

    private final char symbol;

    ActionKind(char symbol) {
        this.symbol = symbol;
    }

    /**
     * Returns the sign the text rendering shows, as {@code terraform plan} does.
     *
     * @return {@code +}, {@code ~} or {@code -}
     */
    public char symbol() {
        return symbol;
    }
}
