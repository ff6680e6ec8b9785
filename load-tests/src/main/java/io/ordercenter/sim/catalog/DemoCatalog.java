package io.ordercenter.sim.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic demo data loaded at start and on reset (documented in SIMULATOR.md).
 *
 * <ul>
 *   <li>Shops 1..20: ten kitchens, each with a "Downtown" (1..10) and a "Riverside" (11..20) branch;
 *       shop 20 is closed; merchantId = 9000 + shopId.
 *   <li>Skus: shopId * 100 + n for n = 1..10 (101..110, ..., 2001..2010); the tenth of every shop is
 *       unavailable; Riverside prices are 100 cents above Downtown's.
 *   <li>Users 1001..1100, phone {@code 138} + four digits + the user id; every third (userId % 3 == 0)
 *       is a member.
 * </ul>
 */
public final class DemoCatalog {

    public static final long FIRST_SHOP_ID = 1;
    public static final long LAST_SHOP_ID = 20;
    public static final long CLOSED_SHOP_ID = 20;
    public static final int SKUS_PER_SHOP = 10;
    public static final long FIRST_USER_ID = 1001;
    public static final long LAST_USER_ID = 1100;

    private record Dish(String name, long priceCents) {}

    private record Kitchen(String name, List<Dish> dishes) {}

    private static final List<Kitchen> KITCHENS = List.of(
            new Kitchen(
                    "Lanzhou Beef Noodles",
                    List.of(
                            new Dish("Hand-pulled Beef Noodles", 1800),
                            new Dish("Spicy Beef Noodles", 2000),
                            new Dish("Large Beef Noodles", 2300),
                            new Dish("Braised Egg", 300),
                            new Dish("Smashed Cucumber Salad", 800),
                            new Dish("Cold Sesame Noodles", 1500),
                            new Dish("Lamb Skewers x5", 2500),
                            new Dish("Pickled Radish", 400),
                            new Dish("Sour Plum Drink", 600),
                            new Dish("Family Beef Noodle Pot", 6800))),
            new Kitchen(
                    "Dumpling House",
                    List.of(
                            new Dish("Pork and Chive Dumplings x12", 2200),
                            new Dish("Shrimp Dumplings x12", 2800),
                            new Dish("Sweetcorn Dumplings x12", 2000),
                            new Dish("Pan-fried Pork Buns x6", 1600),
                            new Dish("Hot and Sour Soup", 1200),
                            new Dish("Wonton Soup", 1500),
                            new Dish("Spring Rolls x4", 1000),
                            new Dish("Seaweed Salad", 700),
                            new Dish("Fresh Soy Milk", 400),
                            new Dish("Seasonal Shepherd's Purse Dumplings", 2600))),
            new Kitchen(
                    "Sichuan Kitchen",
                    List.of(
                            new Dish("Mapo Tofu", 2200),
                            new Dish("Kung Pao Chicken", 3200),
                            new Dish("Twice-cooked Pork", 3400),
                            new Dish("Boiled Fish in Chili Oil", 5800),
                            new Dish("Dan Dan Noodles", 1600),
                            new Dish("Steamed Rice", 200),
                            new Dish("Dry-fried Green Beans", 1800),
                            new Dish("Fish-fragrant Eggplant", 2000),
                            new Dish("Chilled Herbal Tea", 500),
                            new Dish("Chongqing Hot Pot Set", 12800))),
            new Kitchen(
                    "Cantonese Roast House",
                    List.of(
                            new Dish("Char Siu Rice", 2600),
                            new Dish("Roast Duck Rice", 2900),
                            new Dish("Soy Sauce Chicken Rice", 2500),
                            new Dish("Crispy Pork Belly", 3600),
                            new Dish("Shrimp Wonton Noodles", 2200),
                            new Dish("Century Egg Congee", 1400),
                            new Dish("Choy Sum with Oyster Sauce", 1600),
                            new Dish("Hong Kong Milk Tea", 1000),
                            new Dish("Egg Tart", 600),
                            new Dish("Whole Roast Goose", 16800))),
            new Kitchen(
                    "Burger Lab",
                    List.of(
                            new Dish("Classic Beef Burger", 3200),
                            new Dish("Double Cheeseburger", 3900),
                            new Dish("Crispy Chicken Burger", 2900),
                            new Dish("Mushroom Veggie Burger", 2800),
                            new Dish("Fries", 1200),
                            new Dish("Onion Rings", 1400),
                            new Dish("Chicken Wings x6", 2400),
                            new Dish("Cola", 600),
                            new Dish("Vanilla Milkshake", 1800),
                            new Dish("Truffle Wagyu Burger", 8800))),
            new Kitchen(
                    "Pizza Piazza",
                    List.of(
                            new Dish("Margherita Pizza", 5800),
                            new Dish("Pepperoni Pizza", 6800),
                            new Dish("Four Cheese Pizza", 7200),
                            new Dish("BBQ Chicken Pizza", 6900),
                            new Dish("Garlic Bread", 1600),
                            new Dish("Caesar Salad", 2800),
                            new Dish("Tiramisu", 2600),
                            new Dish("Fresh Lemonade", 1500),
                            new Dish("Sparkling Water", 800),
                            new Dish("Seafood Pizza", 8800))),
            new Kitchen(
                    "Sakura Sushi",
                    List.of(
                            new Dish("Salmon Nigiri x2", 1800),
                            new Dish("Tuna Maki", 2200),
                            new Dish("California Roll", 2600),
                            new Dish("Chicken Teriyaki Bento", 3800),
                            new Dish("Miso Soup", 800),
                            new Dish("Edamame", 900),
                            new Dish("Tempura Udon", 3200),
                            new Dish("Green Tea", 500),
                            new Dish("Matcha Ice Cream", 1500),
                            new Dish("Omakase Box", 19800))),
            new Kitchen(
                    "Bubble Tea Corner",
                    List.of(
                            new Dish("Brown Sugar Boba Milk", 1800),
                            new Dish("Taro Milk Tea", 1600),
                            new Dish("Mango Green Tea", 1700),
                            new Dish("Jasmine Milk Tea", 1400),
                            new Dish("Cheese Foam Oolong", 1900),
                            new Dish("Grapefruit Jasmine Tea", 1800),
                            new Dish("Lemon Black Tea", 1200),
                            new Dish("Coconut Jelly Milk Tea", 1600),
                            new Dish("Hong Kong Egg Waffle", 1500),
                            new Dish("Seasonal Strawberry Tea", 2200))),
            new Kitchen(
                    "Yunnan Rice Noodles",
                    List.of(
                            new Dish("Crossing-the-Bridge Rice Noodles", 3200),
                            new Dish("Sour Spicy Rice Noodles", 2200),
                            new Dish("Mushroom Chicken Rice Noodles", 2600),
                            new Dish("Fried Potato Cakes", 1000),
                            new Dish("Rose Flower Cake", 800),
                            new Dish("Pickled Vegetable Beef Rice Noodles", 2400),
                            new Dish("Grilled Cheese Rushan", 1200),
                            new Dish("Wild Mushroom Soup", 2800),
                            new Dish("Pu'er Iced Tea", 700),
                            new Dish("Steam Pot Chicken", 8800))),
            new Kitchen(
                    "Seoul Bowl",
                    List.of(
                            new Dish("Stone Pot Bibimbap", 3200),
                            new Dish("Kimchi Fried Rice", 2600),
                            new Dish("Beef Bulgogi Bowl", 3600),
                            new Dish("Korean Fried Chicken", 4800),
                            new Dish("Tteokbokki", 1800),
                            new Dish("Kimchi Stew", 2800),
                            new Dish("Seafood Pancake", 2600),
                            new Dish("Japchae", 2200),
                            new Dish("Barley Tea", 500),
                            new Dish("Korean BBQ Platter", 15800))));

    private static final String[] SURNAMES = {
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"
    };
    private static final String[] GIVEN_NAMES = {"Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Yan", "Jun", "Hui"
    };

    private DemoCatalog() {}

    public static List<Shop> shops() {
        List<Shop> shops = new ArrayList<>();
        for (long shopId = FIRST_SHOP_ID; shopId <= LAST_SHOP_ID; shopId++) {
            Kitchen kitchen = kitchen(shopId);
            String branch = shopId <= KITCHENS.size() ? "Downtown" : "Riverside";
            shops.add(new Shop(
                    shopId,
                    kitchen.name() + " (" + branch + ")",
                    shopId != CLOSED_SHOP_ID,
                    9000 + shopId,
                    300 + (shopId % 4) * 100,
                    4000 + (shopId % 3) * 1000));
        }
        return shops;
    }

    public static List<Sku> skus() {
        List<Sku> skus = new ArrayList<>();
        for (long shopId = FIRST_SHOP_ID; shopId <= LAST_SHOP_ID; shopId++) {
            Kitchen kitchen = kitchen(shopId);
            long surcharge = shopId <= KITCHENS.size() ? 0 : 100;
            for (int n = 1; n <= SKUS_PER_SHOP; n++) {
                Dish dish = kitchen.dishes().get(n - 1);
                skus.add(new Sku(shopId * 100 + n, shopId, dish.name(), dish.priceCents() + surcharge, n != 10));
            }
        }
        return skus;
    }

    public static List<User> users() {
        List<User> users = new ArrayList<>();
        for (long userId = FIRST_USER_ID; userId <= LAST_USER_ID; userId++) {
            String name = SURNAMES[(int) (userId % 10)] + " " + GIVEN_NAMES[(int) ((userId / 10) % 10)];
            String phone = String.format("138%04d%04d", (userId * 37) % 10_000, userId % 10_000);
            users.add(new User(userId, name, phone, userId % 3 == 0));
        }
        return users;
    }

    private static Kitchen kitchen(long shopId) {
        return KITCHENS.get((int) ((shopId - 1) % KITCHENS.size()));
    }
}
