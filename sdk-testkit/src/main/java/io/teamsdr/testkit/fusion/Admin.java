package io.teamsdr.testkit.fusion;

/** The MS Teams administrator of a subscription; the password is kept but never returned. */
record Admin(int id, String msUsername, String password) {

    @Override
    public String toString() {
        return "Admin[id=" + id + ", msUsername=" + msUsername + ", password=***]";
    }
}
