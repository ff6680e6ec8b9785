-- The application user and the four shard databases; the services create and migrate their tables
-- at start-up. mysql_native_password needs the server started with --mysql-native-password=ON.
CREATE USER IF NOT EXISTS 'ordercenter'@'%' IDENTIFIED WITH mysql_native_password BY 'ordercenter';
CREATE DATABASE IF NOT EXISTS oc_ds_0 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS oc_ds_1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS oc_ds_2 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS oc_ds_3 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
GRANT ALL PRIVILEGES ON `oc_ds_%`.* TO 'ordercenter'@'%';
