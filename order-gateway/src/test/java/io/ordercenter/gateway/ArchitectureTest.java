package io.ordercenter.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The gateway's parts form no cycle, and the retry decision stays plain Java. */
@AnalyzeClasses(packages = "io.ordercenter.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_parts_of_the_gateway_form_no_cycle =
            slices().matching("io.ordercenter.gateway.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_retry_decision_is_plain_java = noClasses()
            .that()
            .haveSimpleNameStartingWith("RetrySafety")
            .or()
            .haveSimpleName("Delivery")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web..", "org.springframework.cloud..", "jakarta..")
            .because("whether a repeat is safe is a pure function of the request and the failure");
}
