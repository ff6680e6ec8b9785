package io.ordercenter.async;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain stays plain Java, and dependencies point inwards: web and infrastructure → application → domain. */
@AnalyzeClasses(packages = "io.ordercenter.async", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_uses_no_framework_or_io_types = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.ibatis..",
                    "org.mybatis..",
                    "org.apache.kafka..",
                    "io.lettuce..",
                    "co.elastic..",
                    "org.elasticsearch..",
                    "com.fasterxml.jackson..",
                    "tools.jackson..",
                    "io.micrometer..",
                    "jakarta..",
                    "java.io..",
                    "java.net..",
                    "java.sql..")
            .because("the domain is pure: no framework, no I/O");

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_jdk_and_the_contracts = classes()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java.lang..",
                    "java.util..",
                    "java.time..",
                    "io.ordercenter.contracts..",
                    "io.ordercenter.async..domain..");

    @ArchTest
    static final ArchRule the_application_layer_uses_no_adapter_technology = noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.ibatis..",
                    "org.apache.kafka..",
                    "co.elastic..",
                    "tools.jackson..",
                    "io.ordercenter.sharding..",
                    "io.ordercenter.async.platform..",
                    "io.ordercenter.platform..")
            .because("concerns and handlers talk to the world through their ports");

    @ArchTest
    static final ArchRule dependencies_point_inwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Domain")
            .definedBy("io.ordercenter.async..domain..")
            .layer("Application")
            .definedBy("io.ordercenter.async..application..")
            .layer("Infrastructure")
            .definedBy("io.ordercenter.async..infrastructure..")
            .layer("Web")
            .definedBy("io.ordercenter.async..web..")
            .whereLayer("Domain")
            .mayNotAccessAnyLayer()
            .whereLayer("Application")
            .mayOnlyAccessLayers("Domain")
            .whereLayer("Infrastructure")
            .mayOnlyBeAccessedByLayers("Web");
}
