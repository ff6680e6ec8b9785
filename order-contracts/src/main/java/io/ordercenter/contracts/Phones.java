package io.ordercenter.contracts;

/** Phone-number rules shared by the write and read sides. */
public final class Phones {

    private Phones() {}

    /** {@code 13812341111} becomes {@code 138****1111}; anything shorter than 8 digits keeps only its last 2. */
    public static String mask(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        if (phone.length() >= 8) {
            return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        }
        return "*".repeat(Math.max(0, phone.length() - 2)) + phone.substring(Math.max(0, phone.length() - 2));
    }

    /** True for a prefix support staff may search by: 3 to 11 digits. */
    public static boolean isSearchablePrefix(String prefix) {
        return prefix != null && prefix.matches("\\d{3,11}");
    }
}
