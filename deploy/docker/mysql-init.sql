-- The four shard databases beside oc_ds_0 (which the image creates with the user ordercenter, whose password
-- it reads from the generated secret); the services create and migrate their tables at start-up.
CREATE DATABASE IF NOT EXISTS oc_ds_0 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS oc_ds_1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS oc_ds_2 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS oc_ds_3 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
GRANT ALL PRIVILEGES ON `oc\_ds\_%`.* TO 'ordercenter'@'%';
