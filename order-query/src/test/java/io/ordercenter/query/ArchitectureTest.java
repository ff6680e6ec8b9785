package io.ordercenter.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The use cases stay plain Java, and dependencies point inwards: web and infrastructure → application. */
@AnalyzeClasses(packages = "io.ordercenter.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_application_layer_uses_no_framework_or_io_types = noClasses()
            .that()
            .resideInAnyPackage("..application..", "..platform.paging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.ibatis..",
                    "org.mybatis..",
                    "io.ordercenter.sharding..",
                    "io.lettuce..",
                    "co.elastic..",
                    "org.elasticsearch..",
                    "io.github.resilience4j..",
                    "com.fasterxml.jackson..",
                    "tools.jackson..",
                    "jakarta..",
                    "java.sql..",
                    "java.net..")
            .because("the use cases are plain Java: ports in, values out");

    @ArchTest
    static final ArchRule dependencies_point_inwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Application")
            .definedBy("io.ordercenter.query..application..")
            .layer("Infrastructure")
            .definedBy("io.ordercenter.query..infrastructure..")
            .layer("Web")
            .definedBy("io.ordercenter.query..web..")
            .whereLayer("Application")
            .mayNotAccessAnyLayer()
            .whereLayer("Web")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Infrastructure")
            .mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule features_do_not_reach_into_each_other = noClasses()
            .that()
            .resideInAPackage("io.ordercenter.query.search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.ordercenter.query.order..", "io.ordercenter.query.stats..", "io.ordercenter.query.timeline..");
}
