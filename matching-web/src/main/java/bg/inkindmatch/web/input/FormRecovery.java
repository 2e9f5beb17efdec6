package bg.inkindmatch.web.input;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A form record that Spring could not construct, built again so that the form can be
 * shown with its errors. When a value does not convert (a letter in a number, 30
 * February, an unknown choice), Spring records the type mismatch but its binding result
 * has no target ({@code errors.getTarget() == null}), and a page that re-renders the
 * form, or a further {@code rejectValue}, would fail on it. Here every value that
 * converts is kept, the others are left empty, the record is validated like a bound one,
 * and the mismatch errors stay on their fields.
 */
@Component
public class FormRecovery {

    private final ConversionService conversions;

    private final Validator validator;

    FormRecovery(@Qualifier("mvcConversionService") ConversionService conversions,
            @Qualifier("mvcValidator") Validator validator) {
        this.conversions = conversions;
        this.validator = validator;
    }

    /**
     * The form built from the request's values, put into the model with its errors under
     * the binding's name, ready to render.
     */
    public <T extends Record> T recover(Class<T> type, HttpServletRequest request, BindingResult failed, Model model) {
        T form = construct(type, request);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, failed.getObjectName());
        errors.addAllErrors(failed);
        BeanPropertyBindingResult checks = new BeanPropertyBindingResult(form, failed.getObjectName());
        validator.validate(form, checks);
        checks.getFieldErrors()
            .stream()
            .filter(error -> !failed.hasFieldErrors(error.getField()))
            .forEach(errors::addError);
        model.addAttribute(failed.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + failed.getObjectName(), errors);
        return form;
    }

    /**
     * Whether the form's values could not even be converted (a letter in a number): then
     * the form is rebuilt from the request, with its errors, and put into the model to
     * show again.
     */
    public boolean unbound(Class<? extends Record> type, HttpServletRequest request, BindingResult errors,
            Model model) {
        if (errors.getTarget() != null) {
            return false;
        }
        recover(type, request, errors, model);
        return true;
    }

    private <T extends Record> T construct(Class<T> type, HttpServletRequest request) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = convertOrNull(request.getParameter(components[i].getName()),
                        new TypeDescriptor(MethodParameter.forExecutable(constructor, i)));
            }
            return constructor.newInstance(values);
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException("form " + type.getName() + " cannot be rebuilt", e);
        }
    }

    private Object convertOrNull(String value, TypeDescriptor target) {
        if (value == null) {
            return null;
        }
        try {
            return conversions.convert(value, TypeDescriptor.valueOf(String.class), target);
        }
        catch (RuntimeException doesNotConvert) {
            return null;
        }
    }

}
