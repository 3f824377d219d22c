package io.github.lambdaops.examples.springboot;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.github.lambdaops.emulator.LambdaEmulator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The application. Its configuration is application.properties (AWS) and application-local.properties (another
 * endpoint); this class only picks the Lambda API: an embedded emulator when neither {@code LAMBDA_ENDPOINT} nor
 * {@code AWS_REGION} is set, {@code LAMBDA_ENDPOINT} (LocalStack) when it is, else AWS.
 */
@SpringBootApplication
public class SpringBootExample {

    public static void main(String[] args) throws InterruptedException {
        String endpoint = System.getenv("LAMBDA_ENDPOINT");
        if (endpoint == null && System.getenv("AWS_REGION") == null) {
            try (LambdaEmulator emulator = LambdaEmulator.start()) {
                System.out.println("Embedded Lambda emulator on " + emulator.endpoint());
                run(emulator.endpoint().toString());
            }
        } else {
            run(endpoint);
        }
    }

    /**
     * Runs the application until Camel has handled its one message and closed it ({@code camel.main.
     * duration-max-messages}); {@code endpoint} null for AWS itself.
     */
    public static void run(String endpoint) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication application = new SpringApplication(SpringBootExample.class);
        application.addListeners(new ApplicationListener<ContextClosedEvent>() {
            @Override
            public void onApplicationEvent(ContextClosedEvent event) {
                closed.countDown();
            }
        });
        if (endpoint != null) {
            application.setAdditionalProfiles("local");
            application.setDefaultProperties(Map.of("lambda.endpoint", endpoint));
        }
        application.run();
        closed.await();
    }
}
